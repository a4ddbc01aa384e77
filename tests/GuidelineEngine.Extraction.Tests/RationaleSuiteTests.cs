using System.Globalization;
using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Extraction.Tests;

/// <summary>
/// Sentences from the dev corpus's decision rationales (Data/Rationale/rationale-sentences.tsv),
/// each with the fact kind it bears on and the polarity a reader would give the finding the reviewer
/// states; guideline quotations and outcome sentences are rows that expect nothing. Read in audit
/// mode as the rationale of an item whose summary is empty. Prints precision and recall.
/// </summary>
public class RationaleSuiteTests
{
    private const double Floor = 0.95;

    private static readonly FactExtractor Extractor = new();

    private static List<(FactKind Kind, Polarity Expected, string Sentence)> Rows() =>
        [.. File.ReadLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "Rationale", "rationale-sentences.tsv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => (Enum.Parse<FactKind>(f[0]), Enum.Parse<Polarity>(f[1]), f[2]))];

    private static Polarity Detect(FactKind kind, string sentence)
    {
        var seed = Letters.Seed("003");
        var item = seed.Items[0] with { Heading = "Request: Upheld", Request = "Request", Rationale = sentence };
        var letter = seed with { ClinicalSummary = string.Empty, Items = [item] };
        var facts = Extractor.Extract(letter, item, EvaluationMode.Audit);
        return (facts with { Facts = [.. facts.Facts.Where(f => f.Section == SourceSection.Rationale)] }).Status(kind);
    }

    [Test]
    public void The_rationale_suite_holds_at_least_40_sentences_with_guideline_quotations_among_them()
    {
        var rows = Rows();

        Assert.That(rows, Has.Count.GreaterThanOrEqualTo(40));
        Assert.That(rows.Count(r => r.Expected == Polarity.NotMentioned), Is.GreaterThanOrEqualTo(8));
    }

    [Test]
    public void Stated_findings_over_the_rationale_suite_have_precision_and_recall_of_at_least_0_95()
    {
        var rows = Rows();
        var (precision, recall, misses) = SuiteScore.Of(rows.Select(r => (r.Expected, Detect(r.Kind, r.Sentence), $"{r.Kind} in \"{r.Sentence}\"")));
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rationale findings over {rows.Count} sentences: precision {precision:F3}, recall {recall:F3}"));
        foreach (var miss in misses)
        {
            TestContext.Out.WriteLine(miss);
        }

        Assert.That(precision, Is.GreaterThanOrEqualTo(Floor), string.Join('\n', misses));
        Assert.That(recall, Is.GreaterThanOrEqualTo(Floor), string.Join('\n', misses));
    }
}
