using Hl7.Fhir.Model;

namespace GuidelineEngine.Fhir.Tests;

public class FhirJsonTests
{
    [Test]
    public void Malformed_json_is_an_error_naming_the_input_and_the_line()
    {
        var e = Assert.Throws<FhirInputException>(() => FhirJson.Read("{\n  \"resourceType\": \"Bundle\",\n  \"entry\": [", "bundle.json"));

        Assert.That(e!.Message, Does.StartWith("bundle.json: "));
        Assert.That(e.Message, Does.Contain("line").Or.Contain("FHIR R4 resource"));
    }

    [Test]
    public void Json_that_is_no_resource_is_an_error_saying_a_fhir_resource_was_expected()
    {
        var e = Assert.Throws<FhirInputException>(() => FhirJson.Read("""{ "clinicalText": "Low back pain." }""", "body"));

        Assert.That(e!.Message, Does.StartWith("body: not a FHIR R4 resource"));
    }

    [Test]
    public void An_unknown_resource_type_is_an_error_naming_it()
    {
        var e = Assert.Throws<FhirInputException>(() => FhirJson.Read("""{ "resourceType": "Prescription", "id": "x" }""", "body"));

        Assert.That(e!.Message, Does.Contain("Prescription"));
    }

    [Test]
    public void Empty_input_is_an_error_saying_a_resource_was_expected() =>
        Assert.That(() => FhirJson.Read("  ", "note.json"), Throws.TypeOf<FhirInputException>().With.Message.EqualTo("note.json: is empty: expected a FHIR R4 resource in JSON, e.g. a Bundle"));

    [Test]
    public void Real_world_departures_are_read_in_recoverable_mode()
    {
        // An element R4 does not define and a number sent as a string: an EHR's export often has both.
        var resource = FhirJson.Read("""
            { "resourceType": "MedicationRequest", "id": "m1", "status": "draft", "intent": "order",
              "vendorFlag": true,
              "medicationCodeableConcept": { "text": "Norco 10/325mg" },
              "dispenseRequest": { "numberOfRepeatsAllowed": "2", "quantity": { "value": 60 } } }
            """, "body");

        var request = (MedicationRequest)resource;
        Assert.That((request.DispenseRequest?.Quantity?.Value, ((CodeableConcept)request.Medication).Text), Is.EqualTo(((decimal?)60m, "Norco 10/325mg")));
    }
}
