using GuidelineEngine.Cli.Output;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Cli.Tests.Output;

public class TopicWordsTests
{
    [TestCase("ErectileDysfunctionDrugs", "Erectile dysfunction drugs")]
    [TestCase("Nsaids", "NSAIDs")]
    [TestCase("Tens", "TENS")]
    [TestCase("PostOperativeOpioids", "Post-operative opioids")]
    [TestCase("Opioids", "Opioids")]
    [TestCase(null, "-")]
    public void A_topic_is_shown_in_words_not_as_its_identifier(string? topic, string words) =>
        Assert.That(TopicWords.Of(topic), Is.EqualTo(words));

    [TestCase(1, "1 item")]
    [TestCase(0, "0 items")]
    [TestCase(14, "14 items")]
    public void A_count_agrees_with_its_noun(int count, string text) =>
        Assert.That(TopicWords.Count(count, "item"), Is.EqualTo(text));

    [Test]
    public async Task The_figures_say_one_item_and_name_topics_in_words()
    {
        var (_, output, _) = await CliRunner.RunAsync("evaluate", TestPaths.Seeds, "--summary", "--quiet");

        Assert.That(output, Does.Contain("topic Topical lidocaine: 1 item,").And.Not.Contain("1 items").And.Not.Contain("TopicalLidocaine"));
    }
}
