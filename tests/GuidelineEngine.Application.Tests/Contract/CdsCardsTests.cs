using GuidelineEngine.Application.Contract;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Fhir;
using GuidelineEngine.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Application.Tests.Contract;

/// <summary>The card contract, field by field, as CDS Hooks 2.0 states it (Card attributes, Source, Link).</summary>
public class CdsCardsTests
{
    private const string PageUrl = "http://127.0.0.1:5080/";

    // Card attributes the specification defines; anything else must go under extension.
    private static readonly string[] CardFields = ["uuid", "summary", "detail", "indicator", "source", "suggestions", "selectionBehavior", "overrideReasons", "links", "extension"];

    private static JArray Cards(string note, params string[] items)
    {
        var input = new FhirPrescreenInput { ClinicalText = note, Items = [.. items.Select((t, i) => new FhirRequestedItem(t, $"MedicationRequest/m{i}", new Model.RequestDetails()))] };
        var result = Engine.Get<FhirPrescreener>().Prescreen(input);
        Assert.That(result.Problems, Is.Empty);
        var json = JsonConvert.SerializeObject(CdsCards.Response(result, [], PageUrl), EvaluationJson.Settings);
        return (JArray)JObject.Parse(json)["cards"]!;
    }

    private static JArray SeedCards(string seed)
    {
        var (note, items, _) = FhirCases.Seed(seed);
        return Cards(note, [.. items]);
    }

    [Test]
    public void Every_card_has_the_specifications_fields_and_no_other()
    {
        foreach (var card in SeedCards("001").Cast<JObject>())
        {
            Assert.That(card.Properties().Select(p => p.Name), Is.SubsetOf(CardFields));
            Assert.That(Guid.TryParse((string?)card["uuid"], out _), Is.True, "uuid");
            Assert.That((string?)card["summary"], Is.Not.Empty.And.Length.LessThan(CdsCards.SummaryLimit), "summary under 140 characters");
            Assert.That((string?)card["indicator"], Is.AnyOf("info", "warning", "critical"));
            Assert.That(card["detail"]!.Type, Is.EqualTo(JTokenType.String), "detail is Markdown text");
            Assert.That((string?)card["source"]!["label"], Is.Not.Empty, "source.label is required");
        }
    }

    [Test]
    public void Every_link_is_absolute_and_opens_the_pre_screen_page()
    {
        foreach (var link in SeedCards("003").SelectMany(c => c["links"]!))
        {
            Assert.That(((string?)link["label"], (string?)link["url"], (string?)link["type"]), Is.EqualTo(("Open the MTUS pre-screen page", PageUrl, "absolute")));
            Assert.That(Uri.IsWellFormedUriString((string?)link["url"], UriKind.Absolute), Is.True);
        }
    }

    [Test]
    public void Every_card_carries_the_physician_disclaimer_in_its_detail_and_extension()
    {
        foreach (var card in SeedCards("000").Concat(SeedCards("001")))
        {
            Assert.That((string?)card["extension"]![EvaluationJson.DisclaimerField], Is.EqualTo(PhysicianDisclaimer.Text));
            Assert.That((string?)card["detail"], Does.Contain("Only a physician may deny or modify a request"));
        }
    }

    [Test]
    public void The_summary_counts_the_criteria_not_documented_as_the_issue_words_it()
    {
        var card = SeedCards("003").First(c => ((string?)c["summary"])!.StartsWith("Lidoderm", StringComparison.Ordinal));

        Assert.That((string?)card["summary"], Does.Match(@"^Lidoderm 5% patch #30: \d+ MTUS criteri(on|a) not documented$"));
        Assert.That((string?)card["indicator"], Is.EqualTo("warning"));
    }

    [Test]
    public void The_detail_lists_each_criterion_with_its_status_and_citation_and_the_documentation_missing()
    {
        var (note, _, _) = FhirCases.Seed("003");
        var evaluation = Engine.Get<Prescreener>().Prescreen(new PrescreenNote(note, ["Lidoderm 5% patch #30"])).Single().Evaluation;

        var detail = (string?)Cards(note, "Lidoderm 5% patch #30")[0]["detail"];

        Assert.That(detail, Does.StartWith("**Predicted: Upheld**"));
        foreach (var criterion in evaluation.Criteria)
        {
            Assert.That(detail, Does.Contain(criterion.Rule.Id), "rule id");
            Assert.That(detail, Does.Contain(criterion.Citation), "citation");
        }

        Assert.That(detail, Does.Contain("**Documentation missing**"));
        Assert.That(evaluation.MissingDocumentation, Is.Not.Empty);
    }

    [Test]
    public void An_item_whose_every_criterion_is_met_is_an_info_card()
    {
        var card = SeedCards("001").Single(c => ((string?)c["summary"])!.StartsWith("8 POOL THERAPY", StringComparison.Ordinal));

        Assert.That(((string?)card["indicator"], (string?)card["summary"]), Is.EqualTo(("info", "8 POOL THERAPY SESSIONS: every MTUS criterion documented")));
    }

    [Test]
    public void An_item_no_topic_covers_is_an_info_card_saying_so()
    {
        var card = Cards("Hearing loss after a blast.", "Hearing aids bilateral")[0];

        Assert.That(((string?)card["indicator"], (string?)card["summary"]), Is.EqualTo(("info", "Hearing aids bilateral: no encoded MTUS topic covers it")));
        Assert.That((string?)card["source"]!["label"], Is.EqualTo(CdsCards.EngineLabel));
    }

    [Test]
    public void An_item_the_guideline_does_not_recommend_is_the_only_critical_card()
    {
        var cards = Cards("Chronic low back pain for two years.", "Theramine #90", "Lidoderm 5% patch #30");

        Assert.That(cards.Select(c => (string?)c["indicator"]), Is.EqualTo(new[] { "critical", "warning" }));
        Assert.That((string?)cards[0]["summary"], Does.EndWith("does not recommend it"));
    }

    [Test]
    public void A_long_item_is_cut_so_the_summary_stays_under_140_characters()
    {
        var item = "Norco 10/325mg #60 " + string.Concat(Enumerable.Repeat("to be taken by mouth every six hours as needed for pain ", 6));

        var summary = (string?)Cards("Low back pain.", item)[0]["summary"];

        Assert.That(summary!.Length, Is.LessThan(CdsCards.SummaryLimit));
        Assert.That(summary, Does.StartWith("Norco 10/325mg #60").And.Contains("…: "));
    }

    [Test]
    public void The_response_has_cards_and_the_disclaimer_as_its_extension()
    {
        var result = Engine.Get<FhirPrescreener>().Prescreen(new FhirPrescreenInput { ClinicalText = "Pain.", Items = [new FhirRequestedItem("Norco 10/325mg #60", "MedicationRequest/m1", new Model.RequestDetails())] });

        var response = JObject.FromObject(CdsCards.Response(result, [], PageUrl));

        Assert.That(response.Properties().Select(p => p.Name), Is.EqualTo(new[] { "cards", "extension" }));
        Assert.That((string?)response["extension"]![EvaluationJson.DisclaimerField], Is.EqualTo(PhysicianDisclaimer.Text));
    }
}
