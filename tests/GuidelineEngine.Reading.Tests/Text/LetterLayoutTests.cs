using GuidelineEngine.Reading.Text;

namespace GuidelineEngine.Reading.Tests.Text;

public class LetterLayoutTests
{
    [Test]
    public void A_double_spaced_letter_loses_its_spacer_lines_and_keeps_its_paragraph_breaks()
    {
        var lines = LetterLayout.Normalize("one \n\ntwo \n\n \n\nthree \n\nfour \n\nfive \n");

        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "one", "two", "", "three", "four", "five" }));
        Assert.That(lines.Select(l => l.Number), Is.EqualTo(new[] { 1, 3, 5, 7, 9, 11 }));
    }

    [Test]
    public void A_wrapped_letter_keeps_its_blank_lines_and_marks_page_starts()
    {
        var lines = LetterLayout.Normalize("a\nb\n\n\fc\nd\n");

        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "a", "b", "", "c", "d", "" }));
        Assert.That(lines.Select(l => l.StartsPage), Is.EqualTo(new[] { false, false, false, true, false, false }));
    }
}
