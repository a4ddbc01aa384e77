using GuidelineEngine.Facts;
using GuidelineEngine.Reading;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

/// <summary>Where topics overlap on real requests, a declared precedence decides; ties are reported.</summary>
public class TopicOverlapTests
{
    [TestCase(EvaluationMode.Prescreen)]
    [TestCase(EvaluationMode.Audit)]
    public void No_dev_corpus_item_is_claimed_by_two_topics_of_equal_precedence(EvaluationMode mode)
    {
        var items = new LetterReader().ReadAll([TestPaths.CorpusLetters])
            .SelectMany(r => Pipeline.Extractor.ExtractAll(r.Letter!, mode))
            .Select(f => (Item: f.Request.Name, Topics: Pipeline.Evaluator.CoveringTopics(f)))
            .ToList();
        Assert.That(items, Has.Count.GreaterThan(200));

        var overlaps = items.Where(i => i.Topics.Count > 1).ToList();
        foreach (var (item, topics) in overlaps)
        {
            TestContext.Out.WriteLine($"{item}: claimed by {string.Join(", ", topics.Select(t => $"{t.Name} ({t.Precedence})"))}; {topics[0].Name} decides");
        }

        Assert.That(overlaps.Where(o => o.Topics[0].Precedence == o.Topics[1].Precedence).Select(o => $"{o.Item}: {o.Topics[0].Name} and {o.Topics[1].Name}"), Is.Empty);
    }
}
