using System.Text.RegularExpressions;

namespace GuidelineEngine.Extraction.Tests;

public class RequiredLiteralsTests
{
    [Test]
    public void A_plain_phrase_requires_itself_in_small_letters() =>
        Assert.That(RequiredLiterals.Best(@"\bPain Relief\b"), Is.EqualTo(new[] { "pain relief" }));

    [Test]
    public void Alternatives_and_optional_endings_are_multiplied_out() =>
        Assert.That(RequiredLiterals.Best(@"\bpain (?:scale|score)s?\b"), Is.EquivalentTo(new[] { "pain scale", "pain scales", "pain score", "pain scores" }));

    [Test]
    public void A_small_class_is_its_letters_and_a_wide_one_breaks_the_literal() =>
        Assert.Multiple(() =>
        {
            Assert.That(RequiredLiterals.Best(@"analgesi[ac]"), Is.EquivalentTo(new[] { "analgesia", "analgesic" }));
            Assert.That(RequiredLiterals.Best(@"\bfull[- ]thickness (?:\w+ ){0,3}tear"), Is.EquivalentTo(new[] { "full thickness ", "full-thickness " }));
        });

    [Test]
    public void Of_a_sequence_the_literal_with_the_longest_shortest_string_is_kept() =>
        Assert.That(RequiredLiterals.Best(@"\d{1,2}\s*/\s*10\b"), Is.EqualTo(new[] { "10" }));

    [Test]
    public void Each_part_of_a_sequence_with_a_literal_is_a_clause_every_match_needs() =>
        Assert.That(RequiredLiterals.Of(@"\b(?:had|underwent)\b[^.;]{0,40}?\b(?:physical therapy|PT)\b"),
            Is.EqualTo(new[] { new[] { "had", "underwent" }, new[] { "physical therapy", "pt" } }));

    [Test]
    public void Of_alternatives_that_are_not_exact_each_gives_its_best_clause() =>
        Assert.That(RequiredLiterals.Of(@"relief\s+with|\d+ sessions?\s+\w+ completed"),
            Is.EqualTo(new[] { new[] { " completed", "relief" } }));

    [Test]
    public void A_look_around_adds_nothing_to_what_a_match_holds() =>
        Assert.That(RequiredLiterals.Best(@"(?<!almost )\bfull\b(?! stop)"), Is.EqualTo(new[] { "full" }));

    [Test]
    public void An_alternative_without_a_literal_leaves_the_whole_without_one() =>
        Assert.Multiple(() =>
        {
            Assert.That(RequiredLiterals.Best(@"\bVAS\b|\d+"), Is.Null);
            Assert.That(RequiredLiterals.Best(@"(?:optional)?"), Is.Null);
            Assert.That(RequiredLiterals.Best(@"x*"), Is.Null);
        });

    [Test]
    public void An_alternative_without_a_literal_is_covered_by_what_follows_it() =>
        Assert.That(RequiredLiterals.Best(@"(?:\d+|one|two)[- ]days?\b"), Is.EquivalentTo(new[] { "-day", "-days", " day", " days" }));

    [Test]
    public void Syntax_it_does_not_read_gives_no_literals_rather_than_wrong_ones() =>
        Assert.Multiple(() =>
        {
            Assert.That(RequiredLiterals.Best(@"(?i)pain"), Is.Null);
            Assert.That(RequiredLiterals.Best(@"(?>pain)"), Is.Null);
            Assert.That(RequiredLiterals.Best(@"\p{L}+pain"), Is.Null);
            Assert.That(RequiredLiterals.Best(@"pain)"), Is.Null);
        });

    [Test]
    public void A_brace_that_is_not_a_count_is_a_literal() =>
        Assert.That(RequiredLiterals.Best(@"a{b}"), Is.EqualTo(new[] { "a{b}" }));

    [TestCase(@"\bpain (?:scale|score)s?\b", "Her PAIN SCORES were 7/10.")]
    [TestCase(@"(?:improv\w*|benefit|relief)\s+with\s+(?:\w+\s+){0,2}?(?:chiropractic|manipulation)", "some relief with prior chiropractic care")]
    [TestCase(@"[0-4][+-]?/5(?![/\d])", "strength 4+/5 in the left hand")]
    [TestCase(@"#?(?:\d+|one|two|twelve)\s+sessions (?:of )?(?:PT|therapy)\s+(?:authorized|completed)\b", "#12 sessions of PT completed")]
    public void Every_match_holds_one_of_the_literals(string pattern, string text)
    {
        var match = Regex.Match(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var literals = RequiredLiterals.Best(pattern);

        Assert.That(match.Success, Is.True, "the example matches");
        Assert.That(literals, Is.Not.Null.And.Some.Matches<string>(l => match.Value.Contains(l, StringComparison.OrdinalIgnoreCase)));
    }
}
