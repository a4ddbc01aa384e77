using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Cli.Tests.Commands;

public class ParseCommandTests
{
    [Test]
    public async Task Parse_json_on_the_seeds_prints_five_letters_with_fourteen_upheld_items_and_exits_0()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("parse", TestPaths.Seeds, "--format", "json");

        var letters = JArray.Parse(output);
        Assert.That(exitCode, Is.Zero);
        Assert.That(letters, Has.Count.EqualTo(5));
        var outcomes = letters.SelectMany(l => l["items"]!).Select(i => (string?)i["outcome"]).ToList();
        Assert.That(outcomes, Has.Count.EqualTo(14).And.All.EqualTo("Upheld"));
        Assert.That((string?)letters[0]["file"], Does.EndWith("000_889cb31e74d125a2.txt"));
    }

    [Test]
    public async Task Parse_json_names_fields_in_camel_case()
    {
        var (_, output, _) = await CliRunner.RunAsync("parse", TestPaths.Seed("004"), "--format", "json");

        var item = JArray.Parse(output)[0]["items"]![0]!;
        Assert.That((string?)item["request"], Is.EqualTo("Cyclobenzaprine 7.5mg QTY: 60.00"));
        Assert.That((decimal?)item["details"]!["quantity"], Is.EqualTo(60m));
        Assert.That(item["maximusGuideline"]!["citations"]![0]!["isMtus"]!.Value<bool>(), Is.True);
    }

    [Test]
    public async Task Parse_table_lists_each_item_with_its_outcome()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("parse", TestPaths.Seed("003"));

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("Lidoderm 5% patch #30").And.Contain("Upheld").And.Contain("1 of 1 letter read, 4 items."));
    }

    [Test]
    public async Task A_bad_file_in_the_batch_is_reported_the_others_read_and_the_exit_code_is_1()
    {
        var missing = Path.Combine(TestPaths.Seeds, "no-such-letter.txt");

        var (exitCode, output, error) = await CliRunner.RunAsync("parse", TestPaths.Seed("000"), missing, "--format", "json");

        var letters = JArray.Parse(output);
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(letters.Select(l => (string?)l["error"]), Is.EqualTo(new[] { null, $"{missing}: does not exist" }));
        Assert.That(error, Does.Contain("no-such-letter.txt: does not exist"));
    }

    [TestCase]
    [TestCase("parse")]
    [TestCase("parse", "seeds", "--format", "yaml")]
    [TestCase("frobnicate")]
    public async Task A_usage_error_exits_2_and_says_what_was_wrong(params string[] args)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(args);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.StartWith("usage error:"));
    }

    [Test]
    public async Task A_letter_that_fails_is_said_once_on_stderr_and_not_again_in_the_table()
    {
        var missing = Path.Combine(Path.GetTempPath(), "guideline-missing-" + Guid.NewGuid().ToString("N") + ".txt");

        var (exitCode, output, error) = await CliRunner.RunAsync("parse", missing, TestPaths.Seed("003"));

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.Contain($"error: {missing}: does not exist"));
        Assert.That(output, Does.Not.Contain(missing), "the error was repeated in the table: a terminal showed it twice");
        Assert.That(output, Does.Contain("1 of 2 letters read"));
    }
}
