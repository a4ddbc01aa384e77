using System.Net;
using System.Text;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server.Tests;

public class FhirPrescreenApiTests : TestServerFixture
{
    private async Task<(HttpStatusCode Status, JObject Body)> Post(string body, string contentType)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        using var response = await Client.PostAsync("/api/prescreen", content);
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task A_seed_bundle_posted_as_fhir_json_gets_the_same_items_as_its_note_posted_as_json()
    {
        var (note, items, date) = FhirCases.Seed("001");
        var bundle = FhirCases.Bundle("collection", [FhirCases.Note(note), .. FhirCases.Orders(items, date)]);

        var fhir = await Post(bundle.ToString(), "application/fhir+json");
        var json = await Post(new JObject { ["clinicalText"] = note, ["items"] = new JArray(items), ["requestDate"] = date }.ToString(), "application/json");

        Assert.That(fhir.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(fhir.Body["items"]!.ToString(), Is.EqualTo(json.Body["items"]!.ToString()));
        Assert.That((string?)fhir.Body["disclaimer"], Is.EqualTo(PhysicianDisclaimer.Text));
        Assert.That(fhir.Body["fhir"]!["requests"]!.Select(r => (string?)r["source"]), Is.EqualTo(items.Select((_, i) => $"{(Reading.Parsing.RequestDetailsParser.Parse(items[i]).IsMedication ? "MedicationRequest" : "ServiceRequest")}/order-{i + 1}")));
    }

    [Test]
    public async Task A_bundles_structured_quantity_and_patient_are_reported_with_the_items()
    {
        var patient = new JObject { ["resourceType"] = "Patient", ["id"] = "p1", ["gender"] = "male", ["birthDate"] = "1970-01-15" };
        var bundle = FhirCases.Bundle("collection", patient, FhirCases.Note("Chronic low back pain."), FhirCases.Medication("Norco 10/325mg", "m1", quantity: 120, authoredOn: "2015-06-01"));

        var (status, body) = await Post(bundle.ToString(), "application/fhir+json; fhirVersion=4.0");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)body["items"]![0]!["item"], Is.EqualTo("Norco 10/325mg #120"));
        Assert.That(((int?)body["fhir"]!["patient"]!["age"], (string?)body["fhir"]!["patient"]!["sex"], (string?)body["fhir"]!["requestDate"]), Is.EqualTo(((int?)45, "Male", "2015-06-01")));
        Assert.That((decimal?)body["fhir"]!["requests"]![0]!["structured"]!["quantity"], Is.EqualTo(120m));
    }

    [Test]
    public async Task Malformed_fhir_is_a_400_naming_the_body_with_the_disclaimer()
    {
        var (status, body) = await Post("""{ "resourceType": "Bundle", "entry": [ { "resource": """, "application/fhir+json");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body["errors"]!["body"]![0], Does.StartWith("malformed JSON"));
        Assert.That((string?)body["disclaimer"], Is.EqualTo(PhysicianDisclaimer.Text));
    }

    [Test]
    public async Task A_bundle_without_a_note_is_a_400_naming_the_clinical_text()
    {
        var (status, body) = await Post(FhirCases.Bundle("collection", FhirCases.Medication("Norco 10/325mg #60", "m1")).ToString(), "application/fhir+json");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body["errors"]!["clinicalText"]![0], Does.StartWith("no clinical note"));
    }
}
