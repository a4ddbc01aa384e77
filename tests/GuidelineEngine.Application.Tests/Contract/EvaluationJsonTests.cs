using GuidelineEngine.Application.Contract;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Reading;
using GuidelineEngine.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Application.Tests.Contract;

public class EvaluationJsonTests
{
    private static JObject Json(object value) => JObject.Parse(JsonConvert.SerializeObject(value, EvaluationJson.Settings));

    private static LetterEvaluation Seed(string number) =>
        Engine.Get<LetterEvaluator>().Evaluate(Engine.Get<LetterReader>().Read(TestPaths.Seed(number)), EvaluationMode.Prescreen);

    [Test]
    public void A_letter_item_carries_its_recorded_outcome_and_agreement()
    {
        var item = Json(EvaluationJson.Item(Seed("003").Items[0], withOutcome: true));

        Assert.That(item.Properties().Select(p => p.Name), Is.EqualTo(new[] { "item", "topic", "actual", "predicted", "agrees", "basis", "edition", "editionReason", "criteria", "missingDocumentation" }));
        Assert.That((string?)item["criteria"]![0]!["rule"], Does.StartWith("MTUS."));
    }

    [Test]
    public void An_item_says_why_its_edition_applies_and_each_criterion_has_its_short_name()
    {
        var evaluated = Seed("003").Items[0];
        var item = Json(EvaluationJson.Item(evaluated, withOutcome: true));

        Assert.That((string?)item["editionReason"], Does.Contain(evaluated.Evaluation.Facts.RecordDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(item["criteria"]!.Select(c => (string?)c["name"]), Has.All.Not.Empty);
        Assert.That(((JObject)item["criteria"]![0]!).Properties().Last().Name, Is.EqualTo("name"), "added after the existing fields");
    }

    [Test]
    public void With_a_summary_the_highlighted_text_comes_after_the_highlight_spans_and_rebuilds_the_summary_with_its_hard_line_breaks_joined()
    {
        var letter = Seed("003");
        var json = Json(EvaluationJson.Letter(letter, withSummary: true));
        var item = (JObject)json["items"]![1]!;

        Assert.That(item.Properties().Select(p => p.Name).TakeLast(2), Is.EqualTo(new[] { "highlights", "highlightedText" }));
        Assert.That(string.Concat(item["highlightedText"]!.Select(s => (string?)s["text"])), Is.EqualTo(Reporting.EvidenceHighlights.Unwrapped(letter.ClinicalSummary!)));
        Assert.That(letter.ClinicalSummary, Does.Contain("\n"), "the letter's summary has hard line breaks to join");
    }

    [Test]
    public void An_uncovered_item_says_why_instead_of_its_basis()
    {
        var item = Engine.Get<Prescreener>().Prescreen(new PrescreenNote("Hearing loss for two months.", ["Hearing aids bilateral"]))[0];
        var json = Json(EvaluationJson.Item(item, withOutcome: false));

        Assert.That((string?)json["notCoveredReason"], Does.StartWith("Non-MTUS Official Disability Guidelines (ODG) Audiometry / hearing aids; vision testing: not encoded"));
        Assert.That(json["basis"], Is.Null);
    }

    [Test]
    public void A_prescreened_item_has_no_outcome_fields()
    {
        var item = Engine.Get<Prescreener>().Prescreen(new PrescreenNote("She takes Lidoderm patches.", ["Lidoderm 5% patch #30"]))[0];

        Assert.That(Json(EvaluationJson.Item(item, withOutcome: false)).Properties().Select(p => p.Name), Has.None.AnyOf("actual", "agrees"));
    }

    [Test]
    public void Highlights_point_at_whole_sentences_of_the_summary()
    {
        var letter = Seed("004");
        var json = Json(EvaluationJson.Letter(letter, withSummary: true));
        var summary = (string)json["clinicalSummary"]!;
        var spans = json["items"]!.SelectMany(i => i["highlights"]!).Select(h => summary.Substring((int)h["start"]!, (int)h["length"]!)).ToList();

        Assert.That(spans, Is.Not.Empty);
        Assert.That(spans, Has.All.EndsWith("."));
    }

    [Test]
    public void Without_the_summary_no_highlights_are_sent() =>
        Assert.That(Json(EvaluationJson.Letter(Seed("000"))).SelectTokens("items[*].highlights"), Is.Empty);

    [Test]
    public void The_catalogue_lists_every_rule_once_with_its_citation()
    {
        var entries = CatalogEntry.From(Engine.Get<RuleCatalog>());

        Assert.That(entries.Select(e => e.Id).ToList(), Is.Unique.And.Count.EqualTo(Engine.Get<RuleCatalog>().Rules.Count));
        Assert.That(entries.Select(e => e.Citation), Has.All.Not.Empty);
    }
}
