using GuidelineEngine.Extraction;

namespace GuidelineEngine.Extraction.Tests;

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text) => [.. SentenceSplitter.Split(text).Select(s => text[s.Start..s.End])];

    [TestCase("She was seen at 3:30 P.M. The pain was 7/10.")]
    [TestCase("He took Norco at 8 a.m. She reports relief.")]
    [TestCase("Ibuprofen 800 mg b.i.d. Norco was continued.")]
    public void A_dotted_abbreviation_of_time_or_dosing_does_not_end_a_sentence(string text) =>
        Assert.That(Sentences(text), Has.Count.EqualTo(1));

    [TestCase("She was seen by Dr. Smith for pain.")]
    [TestCase("Other medications, e.g. gabapentin, were tried.")]
    [TestCase("Medications, i.e. Norco, were given.")]
    [TestCase("The pain was approx. 7/10 today.")]
    [TestCase("It was listed as No. 4 on the form.")]
    public void A_title_or_latin_abbreviation_does_not_end_a_sentence(string text) =>
        Assert.That(Sentences(text), Has.Count.EqualTo(1));

    [Test]
    public void A_period_before_a_capital_still_ends_a_sentence() =>
        Assert.That(Sentences("The pain is 7/10. She is working.The MRI was normal."), Is.EqualTo(new[] { "The pain is 7/10.", "She is working.", "The MRI was normal." }));
}
