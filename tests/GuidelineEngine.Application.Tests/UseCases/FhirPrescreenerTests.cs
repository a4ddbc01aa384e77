using GuidelineEngine.Application.Contract;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Fhir;
using GuidelineEngine.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Application.Tests.UseCases;

public class FhirPrescreenerTests
{
    private static FhirPrescreener Fhir => Engine.Get<FhirPrescreener>();

    private static string Json(object value) => JsonConvert.SerializeObject(value, EvaluationJson.Settings);

    [TestCase("000")]
    [TestCase("001")]
    [TestCase("002")]
    [TestCase("003")]
    [TestCase("004")]
    public void A_seed_letters_bundle_is_pre_screened_exactly_as_its_note_and_items_on_the_page(string seed)
    {
        var (note, items, date) = FhirCases.Seed(seed);
        var bundle = FhirCases.Bundle("collection", [FhirCases.Note(note), .. FhirCases.Orders(items, date)]).ToString();
        var page = new PrescreenNote(note.Trim(), items, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        var result = Fhir.PrescreenBundle(bundle, "bundle.json");

        Assert.That(result.Problems, Is.Empty);
        Assert.That(
            Json(PrescreenJson.Response(result.Items, result.Note.ClinicalText)),
            Is.EqualTo(Json(PrescreenJson.Response(Engine.Get<Prescreener>().Prescreen(page), page.ClinicalText))));
    }

    [Test]
    public void A_structured_quantity_reaches_the_request_facts_though_the_text_has_none()
    {
        var input = new FhirPrescreenInput
        {
            ClinicalText = "Chronic low back pain. Tried ibuprofen without relief.",
            Items = [new FhirRequestedItem("Norco 10/325mg", "MedicationRequest/m1", new Model.RequestDetails { IsMedication = true, Quantity = 120 })],
        };

        var item = Fhir.Prescreen(input).Items.Single();

        Assert.That(item.Evaluation.Facts.Request.Quantity, Is.EqualTo(120m));
    }

    [Test]
    public void A_structured_body_site_reaches_the_request_facts()
    {
        var input = new FhirPrescreenInput
        {
            ClinicalText = "Chronic neck pain for two years.",
            Items = [new FhirRequestedItem("Acupuncture x6", "ServiceRequest/s1", new Model.RequestDetails { BodyParts = ["neck"] })],
        };

        var item = Fhir.Prescreen(input).Items.Single();

        Assert.That(item.Evaluation.Facts.Request.BodyParts.Select(b => b.Name.ToLowerInvariant()), Has.Member("neck"));
    }

    [Test]
    public void Input_without_a_note_is_not_evaluated_and_says_the_note_is_missing()
    {
        var bundle = FhirCases.Bundle("collection", FhirCases.Medication("Norco 10/325mg #60", "m1")).ToString();

        var result = Fhir.PrescreenBundle(bundle, "bundle.json");

        Assert.That(result.Items, Is.Empty);
        Assert.That(result.Problems, Is.EqualTo(new[] { ("clinicalText", FhirPrescreenMapper.NoNote) }));
    }

    [Test]
    public void Malformed_fhir_is_an_error_naming_the_input() =>
        Assert.That(() => Fhir.PrescreenBundle("""{ "resourceType": "Bundle", "entry": [ """, "bundle.json"), Throws.TypeOf<FhirInputException>().With.Message.StartWith("bundle.json: malformed JSON"));

    [Test]
    public void The_cards_of_a_bundle_without_items_say_nothing_was_pre_screened_and_why()
    {
        var result = Fhir.PrescreenBundle(FhirCases.Bundle("collection", FhirCases.Note("Low back pain.")).ToString(), "bundle.json");

        var cards = (JArray)JObject.FromObject(CdsCards.Response(result, [], "http://127.0.0.1:5080/"))["cards"]!;

        Assert.That(cards, Has.Count.EqualTo(1));
        Assert.That((string?)cards[0]["summary"], Is.EqualTo("The orders: not pre-screened"));
        Assert.That((string?)cards[0]["detail"], Does.Contain("no requested item"));
    }
}
