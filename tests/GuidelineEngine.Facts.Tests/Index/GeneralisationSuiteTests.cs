using GuidelineEngine.Extraction;
using GuidelineEngine.Facts.Index;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.Reading.Parsing;

namespace GuidelineEngine.Facts.Tests.Index;

/// <summary>
/// Item phrasings written from the guideline topic index, not from letters (Data/index-phrasings.tsv):
/// brand and generic names, abbreviations, with and without counts and body parts. Each is read as
/// a request is read and must reach its index topic.
/// </summary>
public class GeneralisationSuiteTests
{
    private const double Required = 0.95;

    private static IEnumerable<(int Line, string Phrasing, string Expected)> Rows() =>
        File.ReadLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "index-phrasings.tsv"))
            .Select((line, i) => (Line: i + 1, Text: line))
            .Where(l => l.Text.Length > 0 && !l.Text.StartsWith('#'))
            .Select(l => l.Text.Split('\t') is [var phrasing, var expected] ? (l.Line, phrasing, expected)
                : throw new InvalidDataException($"index-phrasings.tsv line {l.Line}: expected a phrasing and a topic id separated by one tab"));

    private static IndexTopic? Reached(string phrasing)
    {
        var item = new ItemRequest { Number = 1, Heading = phrasing, Request = phrasing, Details = RequestDetailsParser.Parse(phrasing) };
        return GuidelineIndex.Default.TopicOf(RequestReader.Read(item, ClinicalVocabulary.Default));
    }

    [Test]
    public void Every_expected_topic_is_a_topic_of_the_index() =>
        Assert.That(Rows().Where(r => GuidelineIndex.Default.Find(r.Expected) is null).Select(r => $"line {r.Line}: {r.Expected}"), Is.Empty);

    [Test]
    public void At_least_95_percent_of_the_phrasings_reach_their_index_topic()
    {
        var rows = Rows().ToList();
        var misses = rows.Select(r => (r.Line, r.Phrasing, r.Expected, Reached: Reached(r.Phrasing)?.Id)).Where(r => r.Reached != r.Expected).ToList();
        var share = (double)(rows.Count - misses.Count) / rows.Count;

        TestContext.Out.WriteLine($"generalisation suite: {rows.Count - misses.Count} of {rows.Count} phrasings reach their index topic ({share:P1})");
        foreach (var miss in misses)
        {
            TestContext.Out.WriteLine($"  line {miss.Line}: '{miss.Phrasing}' reached {miss.Reached ?? "no topic"}, expected {miss.Expected}");
        }

        Assert.That(share, Is.GreaterThanOrEqualTo(Required));
    }

    [Test]
    public void The_suite_names_several_topics_of_every_guideline_in_the_index() =>
        Assert.That(Rows().Select(r => r.Expected.Split('.')[0]).Distinct(), Is.SupersetOf(new[] { "cpmtg", "acoem", "odg", "drugs", "postsurgical" }));
}
