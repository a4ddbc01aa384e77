using System.Globalization;
using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Extraction.Tests;

/// <summary>
/// Tables of sentences (Data/*.tsv: sentences.tsv for the first topics, one file per coverage
/// topic; most taken from the seeds and the dev corpus, some written to cover documented positives
/// the corpus rarely states), each with the fact kind it bears on and the polarity a reader would
/// give it. Prints precision and recall of detection, over all and per file.
/// </summary>
public class SentenceSuiteTests
{
    private const double Target = 0.9;

    private static readonly FactExtractor Extractor = new();

    private static List<(FactKind Kind, Polarity Expected, string Sentence)> Rows(string? file = null) =>
        [.. Files().Where(f => file is null || Path.GetFileName(f) == file).SelectMany(f => File.ReadLines(f)
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => (Enum.Parse<FactKind>(f[0]), Enum.Parse<Polarity>(f[1]), f[2])))];

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data"), "*.tsv").Order(StringComparer.Ordinal);

    private static Polarity Detect(FactKind kind, string sentence)
    {
        var seed = Letters.Seed("003");
        var item = seed.Items[0] with { Heading = "Request: Upheld", Request = "Request" };
        var letter = seed with { ClinicalSummary = sentence, Items = [item] };
        var facts = Extractor.Extract(letter, item, EvaluationMode.Prescreen);
        return facts with { Facts = [.. facts.Facts.Where(f => f.Section == SourceSection.Summary)] } is var summaryOnly
            ? summaryOnly.Status(kind)
            : Polarity.NotMentioned;
    }

    [Test]
    public void The_suite_holds_at_least_80_sentences() =>
        Assert.That(Rows(), Has.Count.GreaterThanOrEqualTo(80));

    [Test]
    public void Fact_detection_over_the_sentence_suite_has_precision_and_recall_of_at_least_0_9()
    {
        foreach (var file in Files().Select(Path.GetFileName))
        {
            var (p, r, _) = Score(Rows(file));
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {Rows(file).Count} sentences, precision {p:F3}, recall {r:F3}"));
        }

        var (precision, recall, misses) = Score(Rows());
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fact detection over {Rows().Count} sentences: precision {precision:F3}, recall {recall:F3}"));
        misses.ForEach(TestContext.Out.WriteLine);

        Assert.That(precision, Is.GreaterThanOrEqualTo(Target), string.Join('\n', misses));
        Assert.That(recall, Is.GreaterThanOrEqualTo(Target), string.Join('\n', misses));
    }

    private static (double Precision, double Recall, List<string> Misses) Score(List<(FactKind Kind, Polarity Expected, string Sentence)> rows)
    {
        int truePositives = 0, predicted = 0, expected = 0;
        var misses = new List<string>();
        foreach (var (kind, want, sentence) in rows)
        {
            var got = Detect(kind, sentence);
            predicted += got == Polarity.NotMentioned ? 0 : 1;
            expected += want == Polarity.NotMentioned ? 0 : 1;
            if (got == want && want != Polarity.NotMentioned)
            {
                truePositives++;
            }

            if (got != want)
            {
                misses.Add($"  {kind}: expected {want}, got {got}: {sentence}");
            }
        }

        return (predicted == 0 ? 0 : (double)truePositives / predicted, expected == 0 ? 0 : (double)truePositives / expected, misses);
    }
}
