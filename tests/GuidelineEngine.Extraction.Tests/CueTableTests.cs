using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Extraction.Tests;

public class CueTableTests
{
    private const string Grammar = """
        { "negationsBefore": ["\\bno\\b"], "documentationNegationsBefore": ["\\bno documentation\\b"], "negationsAfter": ["^ not documented"],
          "plainNegationThenDocumentedAfter": "^ is documented", "scopeTerminators": "[;:]", "windowWords": 8,
          "kinds": { "PainScore": { "cues": ["\\d/10"] } } }
        """;

    [Test]
    public void A_topic_file_adds_its_kinds_to_the_table()
    {
        var table = CueTable.Load(Grammar, [("Cues/topic.json", """{ "kinds": { "Obesity": { "cues": ["\\bobes\\w*"] } } }""")]);

        Assert.That(table.Kinds.Select(k => k.Kind), Is.EqualTo(new[] { FactKind.PainScore, FactKind.Obesity }));
    }

    [Test]
    public void A_kind_given_in_two_files_stops_loading_naming_both() =>
        Assert.That(() => CueTable.Load(Grammar, [("Cues/topic.json", """{ "kinds": { "PainScore": { "cues": ["VAS"] } } }""")]),
            Throws.TypeOf<InvalidDataException>().With.Message.EqualTo("Cues/topic.json: kind 'PainScore' is already given in cues.json; each kind has its cues in one file"));

    [Test]
    public void A_topic_file_with_an_unknown_kind_stops_loading_naming_the_file() =>
        Assert.That(() => CueTable.Load(Grammar, [("Cues/topic.json", """{ "kinds": { "Obesty": { "cues": ["x"] } } }""")]),
            Throws.TypeOf<InvalidDataException>().With.Message.StartsWith("Cues/topic.json: kind 'Obesty' is not a fact kind"));

    [Test]
    public void The_shipped_table_holds_the_kinds_of_cues_json_and_of_every_topic_file()
    {
        var files = ClinicalVocabulary.ReadResources(typeof(CueTable).Assembly, "GuidelineEngine.Extraction.Cues.").Select(r => r.Json)
            .Append(ClinicalVocabulary.ReadResource(typeof(CueTable).Assembly, "GuidelineEngine.Extraction.cues.json"));
        var named = files.SelectMany(f => ((JObject)JObject.Parse(f)["kinds"]!).Properties().Select(p => Enum.Parse<FactKind>(p.Name)));

        Assert.That(CueTable.Default.Kinds.Select(k => k.Kind).ToList(), Is.EquivalentTo(named).And.Count.GreaterThanOrEqualTo(28));
    }

    [Test]
    public void A_cue_guarded_by_a_lookahead_matches_as_it_does_without_its_guard_in_every_corpus_sentence()
    {
        // A guard "(?=first words)" before a long look-behind only lets the pattern skip places where it cannot match.
        var guarded = ClinicalVocabulary.ReadResources(typeof(CueTable).Assembly, "GuidelineEngine.Extraction.Cues.").Select(r => r.Json)
            .Append(ClinicalVocabulary.ReadResource(typeof(CueTable).Assembly, "GuidelineEngine.Extraction.cues.json"))
            .SelectMany(f => ((JObject)JObject.Parse(f)["kinds"]!).Properties().SelectMany(p => p.Value["cues"]!.Values<string>()))
            .OfType<string>()
            .Where(c => c.StartsWith("(?=", StringComparison.Ordinal))
            .ToList();
        var sentences = Letters.Seeds.Concat(Letters.Corpus)
            .SelectMany(l => l.Items.Select(i => i.Heading).Prepend(l.ClinicalSummary))
            .Select(t => t.Replace('\r', ' ').Replace('\n', ' '))
            .SelectMany(t => SentenceSplitter.Split(t).Select(s => t[s.Start..s.End]))
            .ToList();

        var differing = guarded.Where(cue =>
        {
            var options = System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled;
            var with = new System.Text.RegularExpressions.Regex(cue, options);
            var without = new System.Text.RegularExpressions.Regex(cue[(GuardEnd(cue) + 1)..], options);
            return sentences.Any(s => !with.Matches(s).Select(m => (m.Index, m.Length)).SequenceEqual(without.Matches(s).Select(m => (m.Index, m.Length))));
        });

        Assert.That(guarded, Is.Not.Empty);
        Assert.That(differing, Is.Empty);
    }

    private static int GuardEnd(string cue)
    {
        var depth = 0;
        for (var i = 0; i < cue.Length; i++)
        {
            switch (cue[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
            }
        }

        throw new InvalidDataException($"unbalanced guard in {cue}");
    }
}
