using GuidelineEngine.Testing;

namespace GuidelineEngine.Cli.Tests.Commands;

/// <summary>--out and --report are checked before any work; a file that cannot be written is one line and exit 4.</summary>
public class OutputPathTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("ge-output-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [TestCase("--out")]
    [TestCase("--report")]
    public async Task A_folder_given_as_the_file_is_a_usage_error_before_any_work(string option)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--quiet", option, folder);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.StartWith($"usage error: {option}: '{folder}' is a folder"));
        Assert.That(output, Is.Empty);
    }

    [TestCase("--out")]
    [TestCase("--report")]
    public async Task A_file_that_cannot_be_created_is_one_line_and_exit_4_before_any_work(string option)
    {
        // /proc takes no new files, whoever runs the tests (root included).
        var (exitCode, output, error) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--quiet", "--format", "json", option, "/proc/guideline-results.json");

        Assert.That(exitCode, Is.EqualTo(4));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error, Does.StartWith($"error: {option} '/proc/guideline-results.json' cannot be written: "));
        Assert.That(output, Is.Empty, "the letters were evaluated although the output could not be written");
    }

    [TestCase("json")]
    [TestCase("csv")]
    [TestCase("table")]
    public async Task A_full_device_as_out_is_one_line_and_exit_4(string format)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--quiet", "--format", format, "--out", "/dev/full");

        Assert.That(exitCode, Is.EqualTo(4), error);
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error, Does.StartWith("error: --out '/dev/full' cannot be written: "));
    }

    [Test]
    public async Task A_full_device_as_report_is_one_line_and_exit_4_and_the_results_are_still_written()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--quiet", "--format", "csv", "--report", "/dev/full");

        Assert.That(exitCode, Is.EqualTo(4), error);
        Assert.That(error, Does.StartWith("error: --report '/dev/full' cannot be written: "));
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(15), "a header and the fourteen seed items");
    }

    [Test]
    public async Task An_empty_folder_is_said_to_have_no_letters_and_exits_1()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("evaluate", folder, "--quiet", "--format", "json");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.Contain("is a folder with no .txt or .pdf letter in it"));
    }
}
