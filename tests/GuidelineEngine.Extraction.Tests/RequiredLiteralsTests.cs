using System.Text.RegularExpressions;

namespace GuidelineEngine.Extraction.Tests;

public class RequiredLiteralsTests
{
    [Test]
    public void A_plain_phrase_requires_itself_in_small_letters() =>
        Assert.That(RequiredLiterals.Of(@"\bPain Relief\b"), Is.EqualTo(new[] { "pain relief" }));

    [Test]
    public void Alternatives_and_optional_endings_are_multiplied_out() =>
        Assert.That(RequiredLiterals.Of(@"\bpain (?:scale|score)s?\b"), Is.EquivalentTo(new[] { "pain scale", "pain scales", "pain score", "pain scores" }));

    [Test]
    public void A_small_class_is_its_letters_and_a_wide_one_breaks_the_literal() =>
        Assert.Multiple(() =>
        {
            Assert.That(RequiredLiterals.Of(@"analgesi[ac]"), Is.EquivalentTo(new[] { "analgesia", "analgesic" }));
            Assert.That(RequiredLiterals.Of(@"\bfull[- ]thickness (?:\w+ ){0,3}tear"), Is.EquivalentTo(new[] { "full thickness ", "full-thickness " }));
        });

    [Test]
    public void Of_a_sequence_the_literal_with_the_longest_shortest_string_is_kept() =>
        Assert.That(RequiredLiterals.Of(@"\d{1,2}\s*/\s*10\b"), Is.EqualTo(new[] { "10" }));

    [Test]
    public void A_look_around_adds_nothing_to_what_a_match_holds() =>
        Assert.That(RequiredLiterals.Of(@"(?<!almost )\bfull\b(?! stop)"), Is.EqualTo(new[] { "full" }));

    [Test]
    public void An_alternative_without_a_literal_leaves_the_whole_without_one() =>
        Assert.Multiple(() =>
        {
            Assert.That(RequiredLiterals.Of(@"\bVAS\b|\d+"), Is.Null);
            Assert.That(RequiredLiterals.Of(@"(?:optional)?"), Is.Null);
            Assert.That(RequiredLiterals.Of(@"x*"), Is.Null);
        });

    [Test]
    public void An_alternative_without_a_literal_is_covered_by_what_follows_it() =>
        Assert.That(RequiredLiterals.Of(@"(?:\d+|one|two)[- ]days?\b"), Is.EquivalentTo(new[] { "-day", "-days", " day", " days" }));

    [Test]
    public void Syntax_it_does_not_read_gives_no_literals_rather_than_wrong_ones() =>
        Assert.Multiple(() =>
        {
            Assert.That(RequiredLiterals.Of(@"(?i)pain"), Is.Null);
            Assert.That(RequiredLiterals.Of(@"(?>pain)"), Is.Null);
            Assert.That(RequiredLiterals.Of(@"\p{L}+pain"), Is.Null);
            Assert.That(RequiredLiterals.Of(@"pain)"), Is.Null);
        });

    [Test]
    public void A_brace_that_is_not_a_count_is_a_literal() =>
        Assert.That(RequiredLiterals.Of(@"a{b}"), Is.EqualTo(new[] { "a{b}" }));

    [TestCase(@"\bpain (?:scale|score)s?\b", "Her PAIN SCORES were 7/10.")]
    [TestCase(@"(?:improv\w*|benefit|relief)\s+with\s+(?:\w+\s+){0,2}?(?:chiropractic|manipulation)", "some relief with prior chiropractic care")]
    [TestCase(@"[0-4][+-]?/5(?![/\d])", "strength 4+/5 in the left hand")]
    [TestCase(@"#?(?:\d+|one|two|twelve)\s+sessions (?:of )?(?:PT|therapy)\s+(?:authorized|completed)\b", "#12 sessions of PT completed")]
    public void Every_match_holds_one_of_the_literals(string pattern, string text)
    {
        var match = Regex.Match(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var literals = RequiredLiterals.Of(pattern);

        Assert.That(match.Success, Is.True, "the example matches");
        Assert.That(literals, Is.Not.Null.And.Some.Matches<string>(l => match.Value.Contains(l, StringComparison.OrdinalIgnoreCase)));
    }
}
