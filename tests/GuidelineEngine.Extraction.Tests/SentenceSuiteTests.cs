using System.Globalization;
using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Extraction.Tests;

/// <summary>
/// Tables of sentences (Data/*.tsv: sentences.tsv for the first topics, one file per coverage
/// topic; most taken from the seeds and the dev corpus, some written to cover documented positives
/// the corpus rarely states), each with the fact kind it bears on and the polarity a reader would
/// give it; an optional fourth column <c>UtilizationReview</c> says the row is the summary's account
/// of the UR decision, whose facts are what UR said and never clinical findings. Prints precision
/// and recall of detection, over all and per file, and holds each file to the target.
/// </summary>
public class SentenceSuiteTests
{
    private const double Target = 0.97;

    private static readonly FactExtractor Extractor = new();

    private static List<(FactKind Kind, Polarity Expected, string Sentence, bool ByReview)> Rows(string? file = null) =>
        [.. Files().Where(f => file is null || Path.GetFileName(f) == file).SelectMany(f => File.ReadLines(f)
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => (Enum.Parse<FactKind>(f[0]), Enum.Parse<Polarity>(f[1]), f[2], f.Length > 3 && Enum.Parse<StatementRole>(f[3]) == StatementRole.UtilizationReview)))];

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data"), "*.tsv").Order(StringComparer.Ordinal);

    private static Polarity Detect(FactKind kind, string sentence, bool byReview)
    {
        var seed = Letters.Seed("003");
        var item = seed.Items[0] with { Heading = "Request: Upheld", Request = "Request" };
        var letter = seed with { ClinicalSummary = sentence, Items = [item] };
        var facts = Extractor.Extract(letter, item, EvaluationMode.Prescreen);
        var summaryOnly = facts with { Facts = [.. facts.Facts.Where(f => f.Section == SourceSection.Summary)] };
        if (!byReview)
        {
            return summaryOnly.Status(kind);
        }

        var stated = summaryOnly.StatedByUtilizationReview(kind);
        return stated.Any(f => f.Polarity == Polarity.Present) ? Polarity.Present
            : stated.Count > 0 ? Polarity.Absent
            : Polarity.NotMentioned;
    }

    [Test]
    public void The_suite_holds_at_least_80_sentences() =>
        Assert.That(Rows(), Has.Count.GreaterThanOrEqualTo(80));

    [Test]
    public void Fact_detection_in_every_file_of_the_sentence_suite_has_precision_and_recall_of_at_least_0_97()
    {
        var failing = new List<string>();
        foreach (var file in Files().Select(Path.GetFileName))
        {
            var rows = Rows(file);
            var (p, r, misses) = Score(rows);
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {rows.Count} sentences, precision {p:F3}, recall {r:F3}"));
            foreach (var miss in misses)
            {
                TestContext.Out.WriteLine(miss);
            }

            if (p < Target || r < Target)
            {
                failing.Add(string.Create(CultureInfo.InvariantCulture, $"{file}: precision {p:F3}, recall {r:F3}\n{string.Join('\n', misses)}"));
            }
        }

        var (precision, recall, _) = Score(Rows());
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fact detection over {Rows().Count} sentences: precision {precision:F3}, recall {recall:F3}"));

        Assert.That(failing, Is.Empty, string.Join('\n', failing));
    }

    [Test]
    public void Every_file_of_the_suite_has_rows_that_score_precision_and_recall() =>
        Assert.That(Files().Select(Path.GetFileName).Where(f => Rows(f).All(r => r.Expected == Polarity.NotMentioned)), Is.Empty);

    private static SuiteScore Score(List<(FactKind Kind, Polarity Expected, string Sentence, bool ByReview)> rows) =>
        SuiteScore.Of(rows.Select(r => (r.Expected, Detect(r.Kind, r.Sentence, r.ByReview), $"{r.Kind}{(r.ByReview ? " (as UR stated it)" : string.Empty)} in \"{r.Sentence}\"")));
}
