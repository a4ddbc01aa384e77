using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Cli.Tests.Commands;

public class HistoryCommandTests
{
    private string folder = null!;
    private Dictionary<string, string?> settings = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "guideline-cli-history", Guid.NewGuid().ToString("N"));
        settings = new() { ["History:SqlitePath"] = Path.Combine(folder, "history.db") };
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Recorded_runs_are_listed_and_their_diff_names_the_items_and_rules_that_changed()
    {
        var audit = await CliRunner.RunAsync(settings, "evaluate", TestPaths.Seeds, "--mode", "audit", "--record", "--quiet");
        var prescreen = await CliRunner.RunAsync(settings, "evaluate", TestPaths.Seeds, "--mode", "prescreen", "--record", "--quiet");

        var (listExit, list, _) = await CliRunner.RunAsync(settings, "history", "list", "--format", "json");
        var (diffExit, diff, _) = await CliRunner.RunAsync(settings, "history", "diff", "1", "2", "--format", "json");

        Assert.That((audit.ExitCode, prescreen.ExitCode, listExit, diffExit), Is.EqualTo((0, 0, 0, 0)));
        Assert.That(audit.Error, Does.Contain("run 1 recorded in SQLite file"));
        Assert.That(JArray.Parse(list).Select(r => (string?)r["mode"]), Is.EqualTo(new[] { "audit", "prescreen" }));
        var changes = JObject.Parse(diff)["changes"]!;
        var pool = changes.Single(c => (string?)c["item"] == "8 POOL THERAPY SESSIONS");
        Assert.That(((string?)pool["consistencyBefore"], (string?)pool["consistencyAfter"]), Is.EqualTo(("FindingContradictedByRecord", (string?)null)));
        Assert.That(changes.SelectMany(c => c["rules"]!).Select(r => (string?)r["rule"]), Is.Not.Empty);
    }

    [Test]
    public async Task A_report_written_after_recording_shows_the_trend_of_the_recorded_runs()
    {
        var report = Path.Combine(folder, "report.html");
        Directory.CreateDirectory(folder);

        var (exitCode, _, error) = await CliRunner.RunAsync(settings, "evaluate", TestPaths.Seeds, "--mode", "audit", "--record", "--quiet", "--report", report);

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(await File.ReadAllTextAsync(report), Does.Contain("Trend across recorded runs (1)"));
    }

    [Test]
    public async Task A_history_that_cannot_be_written_is_one_error_line_and_exit_3_and_the_results_and_report_are_still_written()
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(settings["History:SqlitePath"]!, "this file is not a database, and it is long enough to have a header page");
        var report = Path.Combine(folder, "report.html");

        var (exitCode, output, error) = await CliRunner.RunAsync(settings, "evaluate", TestPaths.Seeds, "--format", "csv", "--record", "--quiet", "--report", report);

        Assert.That(exitCode, Is.EqualTo(3), error);
        Assert.That(error, Does.Contain("error: the run was not recorded: the history in SQLite file").And.Not.Contain("   at "));
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(15), "a header and the fourteen seed items");
        Assert.That(File.Exists(report), Is.True);
    }

    [Test]
    public async Task Listing_a_history_that_cannot_be_read_is_one_error_line_and_exit_3()
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(settings["History:SqlitePath"]!, "this file is not a database, and it is long enough to have a header page");

        var (exitCode, _, error) = await CliRunner.RunAsync(settings, "history", "list");

        Assert.That(exitCode, Is.EqualTo(3), error);
        Assert.That(error, Does.StartWith("error: the history in SQLite file").And.Not.Contain("   at "));
    }

    [Test]
    public async Task The_reports_trend_holds_only_the_recorded_runs_of_its_own_mode()
    {
        var report = Path.Combine(folder, "report.html");
        Directory.CreateDirectory(folder);
        await CliRunner.RunAsync(settings, "evaluate", TestPaths.Seeds, "--mode", "prescreen", "--record", "--quiet");

        var (exitCode, _, error) = await CliRunner.RunAsync(settings, "evaluate", TestPaths.Seeds, "--mode", "audit", "--record", "--quiet", "--report", report);

        Assert.That(exitCode, Is.Zero, error);
        var html = await File.ReadAllTextAsync(report);
        Assert.That(html, Does.Contain("Trend across recorded runs (1)"));
        Assert.That(html[html.IndexOf("<table id=\"trend\"", StringComparison.Ordinal)..], Does.Not.Contain("<td>prescreen</td>"));
    }

    [Test]
    public async Task Showing_a_run_that_is_not_recorded_is_a_usage_error_naming_it()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(settings, "history", "show", "7");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("run 7 is not in the history"));
    }

    [Test]
    public async Task A_history_path_that_is_a_folder_is_one_error_line_and_exit_3_not_an_empty_list()
    {
        settings["History:SqlitePath"] = folder;

        var (exitCode, output, error) = await CliRunner.RunAsync(settings, "history", "list");

        Assert.That(exitCode, Is.EqualTo(3), output);
        Assert.That(error, Does.Contain("is a folder: History:SqlitePath must name a file"));
    }

    [Test]
    public async Task Recording_into_folders_that_do_not_exist_creates_none_and_says_so()
    {
        var missing = Path.Combine(folder, "mistyped", "deeper");
        settings["History:SqlitePath"] = Path.Combine(missing, "history.db");

        var (exitCode, _, error) = await CliRunner.RunAsync(settings, "evaluate", TestPaths.Seed("000"), "--record", "--quiet", "--format", "json");

        Assert.That(exitCode, Is.EqualTo(3));
        Assert.That(error, Does.Contain($"the folder '{missing}' does not exist"));
        Assert.That(Directory.Exists(Path.Combine(folder, "mistyped")), Is.False);
    }

    [Test]
    public async Task Listing_an_up_to_date_history_leaves_its_file_untouched_so_a_read_only_history_can_be_listed()
    {
        await CliRunner.RunAsync(settings, "evaluate", TestPaths.Seed("000"), "--record", "--quiet", "--format", "json");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var path = settings["History:SqlitePath"]!;
        var before = await File.ReadAllBytesAsync(path);

        var (exitCode, _, error) = await CliRunner.RunAsync(settings, "history", "list", "--format", "json");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(await File.ReadAllBytesAsync(path), Is.EqualTo(before), "listing wrote to the history");
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "history.db" }), "listing left a journal beside the history");
    }
}
