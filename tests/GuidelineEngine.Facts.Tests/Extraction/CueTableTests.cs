using GuidelineEngine.Facts.Extraction;
using GuidelineEngine.Facts.Vocabulary;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Facts.Tests.Extraction;

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
        var files = ClinicalVocabulary.ReadResources("GuidelineEngine.Facts.Cues.").Select(r => r.Json)
            .Append(ClinicalVocabulary.ReadResource("GuidelineEngine.Facts.cues.json"));
        var named = files.SelectMany(f => ((JObject)JObject.Parse(f)["kinds"]!).Properties().Select(p => Enum.Parse<FactKind>(p.Name)));

        Assert.That(CueTable.Default.Kinds.Select(k => k.Kind).ToList(), Is.EquivalentTo(named).And.Count.GreaterThanOrEqualTo(28));
    }
}
