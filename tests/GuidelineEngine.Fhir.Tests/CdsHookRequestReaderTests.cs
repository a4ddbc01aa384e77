using GuidelineEngine.Testing;
using Hl7.Fhir.Model;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Fhir.Tests;

public class CdsHookRequestReaderTests
{
    [Test]
    public void A_seed_order_sign_request_gives_its_orders_and_prefetch()
    {
        var json = FhirCases.SeedHookRequest("000").ToString();

        var request = CdsHookRequestReader.Read(json, "order-sign");

        Assert.That(request.Hook, Is.EqualTo("order-sign"));
        Assert.That(request.PatientId, Is.EqualTo("p1"));
        Assert.That(request.DraftOrders.OfType<MedicationRequest>().Select(m => ((CodeableConcept)m.Medication).Text), Is.EqualTo(FhirCases.Seed("000").Items));
        Assert.That(request.Prefetch.Keys, Is.EquivalentTo(new[] { "patient", "conditions", "notes" }));
    }

    [Test]
    public void A_prefetch_sent_as_null_is_missing()
    {
        var json = FhirCases.HookRequest("order-select", [FhirCases.Medication("Norco 10/325mg #60", "m1")], new Dictionary<string, JObject?> { ["notes"] = null }).ToString();

        Assert.That(CdsHookRequestReader.Read(json, "order-select").Prefetch, Is.Empty);
    }

    [Test]
    public void A_call_of_another_hook_is_an_error_naming_the_hook_answered() =>
        Assert.That(
            () => CdsHookRequestReader.Read(FhirCases.SeedHookRequest("000", "patient-view").ToString(), "order-sign"),
            Throws.TypeOf<FhirInputException>().With.Message.EqualTo("hook: is 'patient-view': this service answers 'order-sign' only (see GET /cds-services)"));

    [TestCase("context", TestName = "A request without context is an error naming context")]
    [TestCase("hookInstance", TestName = "A request without hookInstance is an error naming hookInstance")]
    public void A_request_without_a_required_field_is_an_error_naming_it(string field)
    {
        var request = FhirCases.SeedHookRequest("000");
        request.Remove(field);

        Assert.That(() => CdsHookRequestReader.Read(request.ToString(), "order-sign"), Throws.TypeOf<FhirInputException>().With.Message.StartWith(field + ": is required"));
    }

    [Test]
    public void Draft_orders_that_are_not_a_bundle_are_an_error_naming_them()
    {
        var request = FhirCases.SeedHookRequest("000");
        request["context"]!["draftOrders"] = FhirCases.Medication("Norco 10/325mg #60", "m1");

        Assert.That(() => CdsHookRequestReader.Read(request.ToString(), "order-sign"), Throws.TypeOf<FhirInputException>().With.Message.EqualTo("context.draftOrders: is a MedicationRequest: expected a Bundle"));
    }

    [Test]
    public void A_malformed_prefetch_resource_is_an_error_naming_its_key()
    {
        var request = FhirCases.SeedHookRequest("000");
        request["prefetch"]!["patient"] = new JObject { ["resourceType"] = "NoSuchResource" };

        Assert.That(() => CdsHookRequestReader.Read(request.ToString(), "order-sign"), Throws.TypeOf<FhirInputException>().With.Message.StartWith("prefetch.patient: "));
    }

    [Test]
    public void Malformed_json_is_an_error_saying_where() =>
        Assert.That(() => CdsHookRequestReader.Read("{ \"hook\": ", "order-sign"), Throws.TypeOf<FhirInputException>().With.Message.StartWith("body: malformed JSON at line 1"));

    [Test]
    public void The_prefetch_templates_are_filled_with_the_patient_id() =>
        Assert.That(CdsServiceCatalog.Prefetch.Values.Select(t => CdsServiceCatalog.Fill(t, "p 1")), Is.EqualTo(new[] { "Patient/p%201", "Condition?patient=p%201", "DocumentReference?patient=p%201" }));

    [Test]
    public void A_key_given_twice_is_refused_rather_than_one_kept()
    {
        var json = FhirCases.SeedHookRequest("000").ToString().Replace("\"hook\": \"order-sign\",", "\"hook\": \"order-sign\", \"hook\": \"order-select\",", StringComparison.Ordinal);

        Assert.That(() => CdsHookRequestReader.Read(json, "order-sign"), Throws.TypeOf<FhirInputException>().With.Message.StartWith("body: malformed JSON").And.Message.Contains("hook"));
    }
}
