using System.Text;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Reading.Tests.Parsing;

public class LetterWarningsTests
{
    private static string Seed => File.ReadAllText(TestPaths.Seed("000"));

    [Test]
    public void A_whole_seed_letter_has_no_warnings() =>
        Assert.That(new LetterReader().ReadText("seed.txt", Seed).Letter!.Warnings, Is.Empty);

    [Test]
    public void A_repeated_item_heading_is_read_with_a_warning_naming_both_items()
    {
        var seed = Seed;
        var secondItem = seed.IndexOf("Cyclobenzaprine 5mg #60:  Upheld", StringComparison.Ordinal);
        var doubled = seed + "\n \n" + seed[secondItem..];

        var letter = new LetterReader().ReadText("doubled.txt", doubled).Letter!;

        Assert.That(letter.Items, Has.Count.EqualTo(3));
        Assert.That(letter.Warnings, Has.Some.StartsWith("item 3 'Cyclobenzaprine 5mg #60' repeats the heading of item 2"));
    }

    [Test]
    public void A_number_as_an_item_name_is_read_with_a_warning()
    {
        var seed = Seed.Replace("Cyclobenzaprine 5mg #60:  Upheld", "12345:  Upheld", StringComparison.Ordinal);

        var letter = new LetterReader().ReadText("number.txt", seed).Letter!;

        Assert.That(letter.Warnings, Has.Some.StartsWith("item 2 is named only by a number ('12345')"));
    }

    [Test]
    public void Latin1_bytes_are_read_as_latin1_with_a_warning_not_as_replacement_characters()
    {
        var text = Seed.Replace("low back and right leg pain", "low back and right leg pain (caf\u00e9)", StringComparison.Ordinal);

        var result = new LetterReader().Read("latin1.txt", Encoding.Latin1.GetBytes(text));

        Assert.That(result.Letter!.Warnings, Has.Some.StartsWith("the text is not UTF-8"));
        Assert.That(result.Letter.Items[^1].Rationale, Does.Contain("caf\u00e9").And.Not.Contain("\uFFFD"));
    }

    [Test]
    public void Replacement_characters_already_in_the_text_are_warned_of()
    {
        var seed = Seed.Replace("low back", "low \uFFFD back", StringComparison.Ordinal);

        Assert.That(new LetterReader().ReadText("replaced.txt", seed).Letter!.Warnings, Has.Some.Contains("replacement characters"));
    }
}
