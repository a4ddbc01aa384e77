namespace GuidelineEngine.Text.Tests;

public class NumberWordsTests
{
    [TestCase("6", 6)]
    [TestCase("six", 6)]
    [TestCase("Twelve", 12)]
    [TestCase("twice", 2)]
    public void Counts_are_read_in_digits_or_words(string text, int expected) =>
        Assert.That(NumberWords.Parse(text), Is.EqualTo(expected));

    [TestCase("several")]
    [TestCase("6.5")]
    [TestCase("")]
    public void Anything_else_is_no_count(string text) =>
        Assert.That(NumberWords.Parse(text), Is.Null);
}
