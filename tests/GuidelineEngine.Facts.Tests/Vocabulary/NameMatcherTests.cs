using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Facts.Tests.Vocabulary;

public class NameMatcherTests
{
    private static readonly NameMatcher Drugs = ClinicalVocabulary.Default.DrugNames;
    private static readonly NameMatcher Services = ClinicalVocabulary.Default.ServiceNames;
    private static readonly NameMatcher Small = new(["Norco", "Norco 10/325", "Tylenol", "Tylenol with codeine", "PT", "OT therapy", "5% cream", "Gel"]);

    private static IEnumerable<string> CorpusTexts() =>
        Letters.Seeds.Concat(Letters.Corpus).SelectMany(l =>
            new[] { l.ClinicalSummary }
                .Concat(l.Items.SelectMany(i => new[] { i.Heading, i.Request, i.Rationale }))
                .SelectMany(text =>
                {
                    var flat = text.Replace('\r', ' ').Replace('\n', ' ');
                    return SentenceSplitter.Split(flat).Select(s => flat[s.Start..s.End]).Prepend(text);
                }));

    private static List<(int Start, int Length)> ByPattern(NameMatcher matcher, string text) =>
        [.. matcher.Pattern.Matches(text).Select(m => (m.Index, m.Length))];

    [Test]
    public void Drug_names_are_found_as_the_alternation_pattern_finds_them_in_every_corpus_sentence()
    {
        var differing = CorpusTexts().Where(t => !Drugs.Matches(t).SequenceEqual(ByPattern(Drugs, t))).Take(5).ToList();

        Assert.That(differing, Is.Empty);
    }

    [Test]
    public void Service_names_are_found_as_the_alternation_pattern_finds_them_in_every_corpus_sentence()
    {
        var differing = CorpusTexts().Where(t => !Services.Matches(t).SequenceEqual(ByPattern(Services, t))).Take(5).ToList();

        Assert.That(differing, Is.Empty);
    }

    [TestCase("Norco 10/325 twice daily", 0, 12)]
    [TestCase("Tylenol with codeine #3", 0, 20)]
    [TestCase("Tylenol with codeinex", 0, 7)]
    [TestCase("taking norco", 7, 5)]
    [TestCase("NORCO.", 0, 5)]
    [TestCase("(Norco)", 1, 5)]
    [TestCase("Norco10", -1, 0)]
    [TestCase("xNorco", -1, 0)]
    [TestCase("9Norco", -1, 0)]
    [TestCase("the pt was seen", -1, 0)]
    [TestCase("Pt twice", -1, 0)]
    [TestCase("PT twice", 0, 2)]
    [TestCase("ot therapy", 0, 10)]
    [TestCase("use 5% cream", 4, 8)]
    [TestCase("Gel", 0, 3)]
    [TestCase("", -1, 0)]
    public void The_longest_whole_name_at_the_first_place_is_found(string text, int start, int length)
    {
        var found = Small.Matches(text);

        Assert.That(found.FirstOrDefault((-1, 0)), Is.EqualTo((start, length)));
    }

    [TestCase("Norco, Norco and norco; Tylenol/Norco")]
    [TestCase("Norco-Tylenol Gel-5% cream PT/OT therapy")]
    [TestCase("\u212Aeppra and Norco")]
    [TestCase("Gel\u212A Gel")]
    [TestCase("\u017Foma, \u0131buprofen, Norco")]
    [TestCase("caf\u00e9 Norco \u2013 Tylenol\u00a0with codeine")]
    public void Edge_cases_are_matched_as_the_pattern_matches_them(string text)
    {
        Assert.That(Small.Matches(text), Is.EqualTo(ByPattern(Small, text)));
        Assert.That(Drugs.Matches(text), Is.EqualTo(ByPattern(Drugs, text)));
    }

    [Test]
    public void Names_after_a_long_run_of_near_misses_are_still_found()
    {
        var text = string.Concat(Enumerable.Repeat("Norc Tylenol wit ", 2_000)) + "Norco";

        Assert.That(Small.Matches(text), Is.EqualTo(ByPattern(Small, text)));
    }

    [Test]
    public void Characters_beyond_ascii_that_the_pattern_takes_for_a_letter_are_matched_as_the_pattern_matches_them()
    {
        var asciiLetterIgnoringCase = new System.Text.RegularExpressions.Regex("^[a-z0-9]$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var differing = Enumerable.Range(128, char.MaxValue - 127).Select(c => ((char)c).ToString())
            .Where(c => asciiLetterIgnoringCase.IsMatch(c))
            .Where(c => !Small.Matches("Gel " + c + " Gel").SequenceEqual(ByPattern(Small, "Gel " + c + " Gel")) || !Small.Matches("Ge" + c).SequenceEqual(ByPattern(Small, "Ge" + c)));

        Assert.That(differing, Is.Empty);
    }
}
