using GuidelineEngine.Cli.Output;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Cli.Tests.Output;

/// <summary>A file or pipe gets whole lines: nothing hard-wrapped, no trailing spaces, quotes on one line.</summary>
public class UnwrappedOutputTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("ge-unwrapped-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private async Task<string[]> EvaluateToFile(params string[] args)
    {
        var file = Path.Combine(folder, "out.txt");
        var (exitCode, _, error) = await CliRunner.RunAsync(["evaluate", .. args, "--quiet", "--out", file]);
        Assert.That(exitCode, Is.Zero, error);
        return File.ReadAllLines(file);
    }

    [Test]
    public async Task A_file_gets_the_disclaimer_and_paths_unwrapped_and_no_line_ends_in_spaces()
    {
        var lines = await EvaluateToFile(TestPaths.Seeds, "--details");

        Assert.That(lines[0], Does.EndWith(PhysicianDisclaimer.Text), "the disclaimer was split");
        Assert.That(lines.Where(l => l.EndsWith(' ')), Is.Empty);
        Assert.That(lines.Where(l => l.StartsWith('─') && l.Length > 200), Is.Empty, "a heading rule ran across the unwrapped width");
    }

    [Test]
    public async Task A_details_quote_is_one_line_without_the_letters_line_breaks()
    {
        var lines = await EvaluateToFile(TestPaths.Seeds, "--details");

        // After a quote comes a blank line, the next criterion's status or the next item's heading: never the rest of the quote.
        var afterQuotes = lines.Zip(lines.Skip(1)).Where(p => p.First.TrimStart().StartsWith("decided by: \"", StringComparison.Ordinal)).Select(p => p.Second).ToList();
        Assert.That(afterQuotes, Is.Not.Empty);
        Assert.That(afterQuotes, Has.All.Matches<string>(l => l.Length == 0 || !l.StartsWith(' ')));
    }

    [Test]
    public void A_met_criterion_without_evidence_is_said_to_be_decided_by_the_request_not_by_a_missing_sentence() =>
        Assert.That(EvaluationTable.DecidedBy(new CriterionResult(CriterionStatus.Met, "two levels", []), []), Is.EqualTo("what the request itself states (no sentence of the note is needed)"));

    [Test]
    public void A_criterion_decided_by_a_worked_out_fact_names_the_fact() =>
        Assert.That(
            EvaluationTable.DecidedBy(new CriterionResult(CriterionStatus.Met, "3 weeks", [new Fact(FactKind.TimeSinceInjury, "3 weeks", Polarity.Present, SourceSection.Summary, 0, 0, string.Empty, string.Empty)]), []),
            Is.EqualTo("facts worked out from the request and the letter's dates: TimeSinceInjury 3 weeks"));

    [Test]
    public void An_undocumented_criterion_is_said_to_have_no_sentence_speaking_to_it() =>
        Assert.That(EvaluationTable.DecidedBy(new CriterionResult(CriterionStatus.NotDocumented, "no pain score", []), []), Is.EqualTo("no sentence of the note speaks to it"));

    [Test]
    public void Trailing_spaces_are_dropped_at_each_line_end_and_kept_inside_lines()
    {
        using var inner = new StringWriter();
        using var writer = new TrimmedLinesWriter(inner);

        writer.Write("a  b   \nc \r\n  d  ");
        writer.Write('e');

        Assert.That(inner.ToString(), Is.EqualTo("a  b\nc\r\n  d  e"));
    }
}
