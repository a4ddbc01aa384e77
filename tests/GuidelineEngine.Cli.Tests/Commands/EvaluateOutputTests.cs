using System.Text.RegularExpressions;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Reporting;
using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Cli.Tests.Commands;

/// <summary>What <c>guideline evaluate</c> prints for people and programs: checklist, layout, figures, disclaimer, help and usage errors.</summary>
public partial class EvaluateOutputTests
{
    [GeneratedRegex(@"(?:NonMTUS|MTUS)\.[A-Za-z0-9.]+[A-Za-z0-9]")]
    private static partial Regex RuleId();

    private static IReadOnlySet<string> CatalogueIds() => Engine.Get<RuleCatalog>().Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    [Test]
    public async Task The_details_checklist_gives_each_criterions_statement_status_citation_and_deciding_sentence_for_overturned_items_too()
    {
        var json = JObject.Parse((await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--format", "json", "--quiet")).Out);
        var overturned = json["letters"]!.SelectMany(l => l["items"]!).First(i => (string?)i["predicted"] == "Overturned");
        var met = overturned["criteria"]!.First(c => (string?)c["status"] == "Met");

        var (exitCode, output, _) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--details", "--quiet");
        var flat = Regex.Replace(output, @"\s+", " ");

        Assert.That(exitCode, Is.Zero);
        Assert.That(flat, Does.Contain($"{(string?)met["name"]}: {(string?)met["criterion"]}"), "the statement as the catalogue words it");
        Assert.That(flat, Does.Contain($"{(string?)met["citation"]} · {(string?)met["rule"]}"));
        Assert.That(flat, Does.Contain("met " + (string?)met["name"]).Or.Contain("met  " + (string?)met["name"]));
        var sentence = (string?)met["evidence"]!.First()["text"];
        Assert.That(flat, Does.Contain("decided by: \"" + Regex.Replace(sentence!, @"\s+", " ")), "the sentence that decided it");
        Assert.That(flat, Does.Contain("predicted Overturned"));
    }

    [Test]
    public async Task An_overturned_row_names_the_criteria_met_rather_than_an_empty_cell()
    {
        var (_, output, _) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--quiet");

        Assert.That(output, Does.Match(@"MTUS\.[A-Za-z.]+ \(met\)"));
    }

    [Test]
    public async Task A_piped_table_is_laid_out_for_120_columns_and_never_breaks_a_rule_id()
    {
        var (_, output, _) = await CliRunner.RunAsync("evaluate", TestPaths.CorpusLetters, "--quiet", "--details");
        var ids = CatalogueIds();
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        // Text lines are unwrapped (a pager or editor wraps them); a table's frame must fit 120 columns.
        Assert.That(lines.Where(l => l.Length > 120 && "╭│├╰".Contains(l.FirstOrDefault())), Is.Empty);
        Assert.That(lines.SelectMany(l => RuleId().Matches(l)).Select(m => m.Value).Where(id => !ids.Contains(id)).Distinct(), Is.Empty, "every rule id printed is whole");
        Assert.That(lines.Count(l => RuleId().IsMatch(l)), Is.GreaterThan(100));
    }

    [Test]
    public async Task Summary_prints_only_the_figures_with_what_each_means()
    {
        var (exitCode, printed, _) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--summary", "--quiet");
        var output = Regex.Replace(printed, @"\s+", " ");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Not.Contain("Norco").And.Not.Contain("Lidoderm"), "no item rows");
        Assert.That(output, Does.Contain("agreement: ").And.Contain("always-Upheld baseline"));
        Assert.That(output, Does.Contain(FigureNotes.Kappa).And.Contain(FigureNotes.PrevalenceAdjustedKappa).And.Contain(FigureNotes.OverturnRecall));
        Assert.That(output, Does.Contain("coverage: 14 of 14 items covered (100.0 %) every item falls under an encoded topic"));
    }

    [Test]
    public async Task Summary_in_json_gives_the_disclaimer_mode_and_figures_without_letters()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--summary", "--format", "json", "--quiet");
        var json = JObject.Parse(output);

        Assert.That(exitCode, Is.Zero);
        Assert.That(json.Properties().Select(p => p.Name), Is.EqualTo(new[] { "disclaimer", "mode", "summary" }));
        Assert.That((int)json["summary"]!["items"]!, Is.EqualTo(14));
    }

    [Test]
    public async Task Summary_with_csv_is_a_usage_error_saying_what_to_use()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--summary", "--format", "csv");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.Contain("--summary").And.Contain("use --format table or json"));
    }

    [Test]
    public async Task Json_output_starts_with_the_physician_disclaimer()
    {
        var (_, output, _) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--format", "json", "--quiet");
        var json = JObject.Parse(output);

        Assert.That(json.Properties().First().Name, Is.EqualTo("disclaimer"));
        Assert.That((string?)json["disclaimer"], Is.EqualTo(PhysicianDisclaimer.Text));
    }

    [Test]
    public async Task Every_csv_row_carries_the_physician_disclaimer_in_its_last_column()
    {
        var (_, output, _) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--format", "csv", "--quiet");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

        Assert.That(lines[0], Does.EndWith(",disclaimer"));
        Assert.That(PhysicianDisclaimer.Text, Does.Not.Contain(",").And.Not.Contain("\""), "written unquoted, so each row ends with it");
        Assert.That(lines.Skip(1).ToList(), Has.Count.EqualTo(14).And.All.EndWith("," + PhysicianDisclaimer.Text));
    }

    [Test]
    public async Task A_failed_letters_error_is_printed_once_after_the_batch()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-letter-" + Guid.NewGuid().ToString("N") + ".txt");

        var (exitCode, _, error) = await CliRunner.RunAsync("evaluate", TestPaths.Seed("003"), missing, TestPaths.Seed("004"), "--format", "json");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.SomeInputsFailed));
        Assert.That(Regex.Matches(error, "^error: ", RegexOptions.Multiline), Has.Count.EqualTo(1));
        Assert.That(error, Does.Contain(Path.GetFileName(missing)));
    }

    [TestCase("evaluate", "guideline evaluate seeds/")]
    [TestCase("parse", "guideline parse seeds/")]
    [TestCase("facts", "guideline facts seeds/003_4303d5ec38d4c836.txt --mode audit")]
    [TestCase("rules", "guideline rules list")]
    public async Task Help_of_each_command_ends_its_description_with_an_example(string command, string example)
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(command, "--help");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("Examples:").And.Contain(example));
    }

    [Test]
    public async Task Help_of_evaluate_names_the_values_as_users_type_them_never_a_type()
    {
        var (_, output, _) = await CliRunner.RunAsync("evaluate", "--help");

        Assert.That(output, Does.Contain("--mode <prescreen|audit>").And.Contain("--format <table|json|csv>").And.Contain("Default: table."));
        Assert.That(output, Does.Not.Contain("GuidelineEngine.").And.Not.Contain("[default: Table]"));
    }

    [TestCase("--format", "xml", "--format: 'xml' is not allowed: expected table, json or csv")]
    [TestCase("--mode", "review", "expected prescreen or audit")]
    public async Task A_bad_option_value_is_a_usage_error_naming_the_allowed_values(string option, string value, string expected)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, option, value);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.Contain(expected).And.Not.Contain("GuidelineEngine."));
    }

    [Test]
    public async Task A_bad_format_of_rules_list_names_table_md_or_json()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("rules", "list", "--format", "html");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.Contain("expected table, md or json"));
    }
}
