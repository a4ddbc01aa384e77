using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Cli.Tests.Commands;

public class EvaluateCommandTests
{
    private static async Task<JObject> EvaluateJson(params string[] args)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(["evaluate", .. args, "--format", "json", "--quiet"]);
        Assert.That(exitCode, Is.Zero, error);
        return JObject.Parse(output);
    }

    private static IEnumerable<JToken> Items(JObject json) => json["letters"]!.SelectMany(l => l["items"]!);

    [Test]
    public async Task Audit_on_the_seeds_gives_fourteen_items_every_covered_one_agreeing()
    {
        var json = await EvaluateJson(TestPaths.Seeds, "--mode", "audit");

        Assert.That((string?)json["mode"], Is.EqualTo("audit"));
        Assert.That(Items(json).Count(), Is.EqualTo(14));
        Assert.That(Items(json).Where(i => (string?)i["predicted"] != "NotCovered").Select(i => (bool?)i["agrees"]), Is.All.True);
    }

    [Test]
    public async Task A_folder_with_a_link_loop_gives_each_letter_once_and_the_loop_as_one_error()
    {
        var folder = Directory.CreateTempSubdirectory("ge-loop-").FullName;
        try
        {
            File.Copy(TestPaths.Seed("000"), Path.Combine(folder, "000.txt"));
            var loop = Path.Combine(folder, "back");
            Directory.CreateSymbolicLink(loop, folder);

            var (exitCode, output, error) = await CliRunner.RunAsync("evaluate", folder, "--format", "json", "--quiet");

            var letters = JObject.Parse(output)["letters"]!;
            Assert.That(exitCode, Is.EqualTo(1), "a path that could not be searched is a failed input");
            Assert.That(letters.Select(l => Path.GetFileName((string)l["file"]!)), Is.EqualTo(new[] { "000.txt", "back" }));
            Assert.That((string?)letters[1]!["error"], Does.Contain("loop"));
            Assert.That(error, Does.Contain("loop"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task A_table_written_to_a_file_still_says_a_failed_letters_error_on_stderr()
    {
        var folder = Directory.CreateTempSubdirectory("ge-table-out-").FullName;
        try
        {
            var bad = Path.Combine(folder, "bad.txt");
            File.WriteAllText(bad, "This is not an IMR letter.");
            var table = Path.Combine(folder, "table.txt");

            var (exitCode, _, error) = await CliRunner.RunAsync("evaluate", bad, TestPaths.Seed("000"), "--out", table, "--quiet");

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("error: " + bad));
            Assert.That(File.ReadAllText(table), Does.Contain("Norco").And.Not.Contain("not an IMR letter"), "errors go to stderr only");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Prescreen_on_the_seeds_runs_and_prints_its_figures()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--quiet");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("Predictions (prescreen mode)").And.Contain("items: 14").And.Contain("always-Upheld baseline").And.Contain("Cohen's kappa"));
    }

    [Test]
    public async Task The_corpus_summary_matches_an_independent_recount_of_the_item_rows()
    {
        var json = await EvaluateJson(TestPaths.CorpusLetters);
        var items = Items(json).ToList();
        var covered = items.Where(i => (string?)i["predicted"] != "NotCovered").ToList();
        var agreed = covered.Count(i => (string?)i["predicted"] == (string?)i["actual"]);
        var actualUpheld = covered.Count(i => (string?)i["actual"] == "Upheld");
        var predictedUpheld = covered.Count(i => (string?)i["predicted"] == "Upheld");
        double n = covered.Count;
        var po = agreed / n;
        var pe = (predictedUpheld / n * (actualUpheld / n)) + ((1 - (predictedUpheld / n)) * (1 - (actualUpheld / n)));
        var summary = json["summary"]!;

        Assert.That((int)summary["letters"]!, Is.EqualTo(117));
        Assert.That((int)summary["items"]!, Is.EqualTo(items.Count).And.EqualTo(253));
        Assert.That((int)summary["covered"]!, Is.EqualTo(covered.Count));
        Assert.That((double)summary["coverage"]!, Is.EqualTo(covered.Count / 253.0).Within(1e-9));
        Assert.That((double)summary["agreement"]!, Is.EqualTo(po).Within(1e-9));
        Assert.That((double)summary["kappa"]!, Is.EqualTo((po - pe) / (1 - pe)).Within(1e-9));
        Assert.That((double)summary["baselineAgreement"]!, Is.EqualTo(actualUpheld / n).Within(1e-9));
        Assert.That((int)summary["confusion"]!["Upheld"]!["Overturned"]!, Is.EqualTo(covered.Count(i => (string?)i["predicted"] == "Upheld" && (string?)i["actual"] == "Overturned")));
        Assert.That(((JObject)summary["byTopic"]!).Properties().Sum(p => (int)p.Value["items"]!), Is.EqualTo(covered.Count));
        foreach (var topic in ((JObject)summary["byTopic"]!).Properties())
        {
            var ofTopic = covered.Where(i => (string?)i["topic"] == topic.Name).ToList();
            var overturned = ofTopic.Count(i => (string?)i["actual"] == "Overturned");
            Assert.That((int)topic.Value["items"]!, Is.EqualTo(ofTopic.Count), topic.Name);
            Assert.That((double?)topic.Value["overturnRecall"], Is.EqualTo(overturned == 0 ? null : ofTopic.Count(i => (string?)i["actual"] == "Overturned" && (string?)i["predicted"] == "Overturned") / (double)overturned), topic.Name);
        }
        Assert.That(((JObject)summary["bySource"]!).Properties().Sum(p => (int)p.Value["items"]!), Is.EqualTo(covered.Count));
        Assert.That(((JObject)summary["notCovered"]!).Properties().Sum(p => (int)p.Value), Is.EqualTo(items.Count - covered.Count));
        Assert.That(items.Where(i => (string?)i["predicted"] == "NotCovered").Select(i => (string?)i["notCoveredReason"]), Is.All.Not.Null.And.All.Not.Empty);
    }

    [Test]
    public async Task Results_are_identical_across_two_runs_and_across_one_and_four_threads()
    {
        var first = (await CliRunner.RunAsync("evaluate", TestPaths.CorpusLetters, "--format", "json", "--quiet", "--threads", "1")).Out;
        var second = (await CliRunner.RunAsync("evaluate", TestPaths.CorpusLetters, "--format", "json", "--quiet", "--threads", "1")).Out;
        var parallel = (await CliRunner.RunAsync("evaluate", TestPaths.CorpusLetters, "--format", "json", "--quiet", "--threads", "4")).Out;

        Assert.That(second, Is.EqualTo(first));
        Assert.That(parallel, Is.EqualTo(first));
    }

    [Test]
    public async Task A_bad_letter_is_reported_counted_and_makes_the_exit_code_1()
    {
        var missing = Path.Combine(TestPaths.Seeds, "no-such-letter.txt");

        var (exitCode, output, error) = await CliRunner.RunAsync("evaluate", TestPaths.Seed("003"), missing, "--format", "json", "--quiet");

        var json = JObject.Parse(output);
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That((int)json["summary"]!["failedLetters"]!, Is.EqualTo(1));
        Assert.That(Items(json).Count(), Is.EqualTo(4));
        Assert.That((string?)json["letters"]![1]!["error"], Does.Contain("does not exist"));
        Assert.That(error, Does.Contain("no-such-letter.txt"));
    }

    [Test]
    public async Task Csv_gives_one_row_per_item_after_a_header()
    {
        var (_, output, _) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--format", "csv", "--quiet");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0].TrimEnd('\r'), Is.EqualTo("file,caseNumber,error,item,topic,actual,predicted,agrees,edition,criteria,missingDocumentation,basis,notCoveredReason,warnings,disclaimer"));
        Assert.That(lines, Has.Length.EqualTo(15));
    }

    [Test]
    public async Task Out_and_report_write_their_files()
    {
        var folder = Directory.CreateTempSubdirectory("guideline-evaluate-");
        try
        {
            var output = Path.Combine(folder.FullName, "results.json");
            var report = Path.Combine(folder.FullName, "report.html");

            var (exitCode, stdout, _) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--format", "json", "--out", output, "--report", report, "--quiet");

            Assert.That(exitCode, Is.Zero);
            Assert.That(stdout, Is.Empty);
            Assert.That(JObject.Parse(File.ReadAllText(output))["summary"]!["items"]!.Value<int>(), Is.EqualTo(14));
            Assert.That(File.ReadAllText(report), Does.Contain("GuidelineEngine QA report"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task The_table_ends_with_figures_by_topic_by_source_and_the_reasons_items_are_not_covered()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("evaluate", TestPaths.CorpusLetters, "--quiet");

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output, Does.Match(@"topic Opioids: \d+ items, agreement"));
        Assert.That(output, Does.Match(@"MTUS-based predictions: \d+ items").And.Match(@"NonMTUS-based predictions: \d+ items"));
        Assert.That(output, Does.Match(@"not covered: \d+ item\(s\): no encoded topic covers"));
    }

    [TestCase("table")]
    [TestCase("json")]
    public async Task A_path_that_does_not_exist_is_said_first_on_stderr_and_with_nothing_to_evaluate_there_are_no_figures(string format)
    {
        var missing = Path.Combine(Path.GetTempPath(), "guideline-missing-" + Guid.NewGuid().ToString("N"));

        var (exitCode, output, error) = await CliRunner.RunAsync("evaluate", missing, "--quiet", "--format", format);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Is.Empty, "figures or a table were printed for nothing");
        Assert.That(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            $"error: {missing}: does not exist",
            "error: nothing to evaluate: no letter was found under the paths given",
        }));
    }

    [Test]
    public async Task A_missing_path_beside_letters_is_said_before_the_results_once_and_the_letters_are_evaluated()
    {
        var missing = Path.Combine(Path.GetTempPath(), "guideline-missing-" + Guid.NewGuid().ToString("N"));

        var (exitCode, output, error) = await CliRunner.RunAsync("evaluate", missing, TestPaths.Seed("000"), "--quiet");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.StartWith($"error: {missing}: does not exist"));
        Assert.That(error.Split(missing).Length - 1, Is.EqualTo(1), "the missing path was said more than once");
        Assert.That(output, Does.Contain("Norco").And.Not.Contain(missing), "the error went to stdout");
    }
}
