using System.Net;
using System.Text;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server.Tests;

public class CdsHooksApiTests : TestServerFixture
{
    private async Task<(HttpStatusCode Status, JObject Body, HttpResponseMessage Response)> Post(string path, string json, string contentType = "application/json")
    {
        using var content = new StringContent(json, Encoding.UTF8, contentType);
        var response = await Client.PostAsync(path, content);
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()), response);
    }

    private Task<(HttpStatusCode Status, JObject Body, HttpResponseMessage Response)> Sign(JObject request) =>
        Post("/cds-services/mtus-prescreen-order-sign", request.ToString());

    [Test]
    public async Task Discovery_lists_one_service_per_order_hook_with_the_prefetch_an_ehr_fills()
    {
        using var response = await Client.GetAsync("/cds-services");
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var services = (JArray)body["services"]!;
        Assert.That(services.Select(s => ((string?)s["id"], (string?)s["hook"])), Is.EqualTo(new[] { ("mtus-prescreen-order-select", "order-select"), ("mtus-prescreen-order-sign", "order-sign") }));
        foreach (var service in services)
        {
            Assert.That((string?)service["title"], Is.Not.Empty);
            Assert.That((string?)service["description"], Does.Contain("California MTUS").And.Contain(PhysicianDisclaimer.Text));
            Assert.That(service["prefetch"]!.ToObject<Dictionary<string, string>>(), Is.EqualTo(new Dictionary<string, string>
            {
                ["patient"] = "Patient/{{context.patientId}}",
                ["conditions"] = "Condition?patient={{context.patientId}}",
                ["notes"] = "DocumentReference?patient={{context.patientId}}",
            }));
        }
    }

    [TestCase("000")]
    [TestCase("001")]
    [TestCase("002")]
    [TestCase("003")]
    [TestCase("004")]
    public async Task An_order_sign_call_with_a_seed_note_gets_one_card_per_item_matching_the_pre_screen_api(string seed)
    {
        var (note, items, date) = FhirCases.Seed(seed);
        var api = await Post("/api/prescreen", new JObject { ["clinicalText"] = note, ["items"] = new JArray(items), ["requestDate"] = date }.ToString());

        var (status, body, _) = await Sign(FhirCases.SeedHookRequest(seed));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var cards = (JArray)body["cards"]!;
        var expected = api.Body["items"]!.Select(i => ((string?)i["predicted"], i["missingDocumentation"]!.ToString()));
        Assert.That(cards.Select(c => ((string?)c["extension"]!["predicted"], c["extension"]!["missingDocumentation"]!.ToString())), Is.EqualTo(expected));
        Assert.That(cards.Select((c, i) => ((string?)c["summary"])!.StartsWith(items[i] + ": ", StringComparison.Ordinal)), Is.All.True, "each card names its item");
        Assert.That(cards.Select(c => (string?)c["extension"]!["disclaimer"]), Is.All.EqualTo(PhysicianDisclaimer.Text));
    }

    [Test]
    public async Task An_order_select_call_is_answered_by_its_own_service()
    {
        var (status, body, _) = await Post("/cds-services/mtus-prescreen-order-select", FhirCases.SeedHookRequest("003", "order-select").ToString());

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body["cards"]!.Count(), Is.EqualTo(FhirCases.Seed("003").Items.Count));
    }

    [Test]
    public async Task A_call_of_the_wrong_hook_is_a_400_naming_the_hook_the_service_answers()
    {
        var (status, body, response) = await Sign(FhirCases.SeedHookRequest("000", "order-select"));

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((string?)body["errors"]!["hook"]![0], Is.EqualTo("is 'order-select': this service answers 'order-sign' only (see GET /cds-services)"));
        Assert.That((string?)body["disclaimer"], Is.EqualTo(PhysicianDisclaimer.Text));
    }

    [Test]
    public async Task An_unknown_service_is_a_404_listing_the_services()
    {
        var (status, body, _) = await Post("/cds-services/patient-greeter", FhirCases.SeedHookRequest("000").ToString());

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((string?)body["detail"], Does.Contain("mtus-prescreen-order-sign"));
        Assert.That((string?)body["disclaimer"], Is.EqualTo(PhysicianDisclaimer.Text));
    }

    [Test]
    public async Task Malformed_json_is_a_400_naming_the_body()
    {
        var (status, body, _) = await Post("/cds-services/mtus-prescreen-order-sign", "{ \"hook\": \"order-sign\", ");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body["errors"]!["body"]![0], Does.StartWith("malformed JSON at line 1"));
    }

    [Test]
    public async Task Malformed_fhir_in_the_draft_orders_is_a_400_naming_them()
    {
        var request = FhirCases.SeedHookRequest("000");
        request["context"]!["draftOrders"] = new JObject { ["resourceType"] = "Bundel", ["entry"] = new JArray() };

        var (status, body, _) = await Sign(request);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(((JObject)body["errors"]!).Properties().Select(p => p.Name), Is.EqualTo(new[] { "context.draftOrders" }));
    }

    [Test]
    public async Task Without_the_notes_prefetch_each_card_says_no_note_was_sent_and_which_query_would_have_given_it()
    {
        var request = FhirCases.HookRequest("order-sign", FhirCases.Orders(["Norco 10/325mg #60", "Lidoderm 5% patch #30"], "2014-09-10"), new Dictionary<string, JObject?> { ["notes"] = null });

        var (status, body, _) = await Sign(request);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var cards = (JArray)body["cards"]!;
        Assert.That(cards.Select(c => (string?)c["summary"]), Is.EqualTo(new[] { "Norco 10/325mg #60: not pre-screened: no clinical note was sent", "Lidoderm 5% patch #30: not pre-screened: no clinical note was sent" }));
        Assert.That((string?)cards[0]["detail"], Does.Contain("notes (DocumentReference?patient=p1)").And.Contain("Only a physician may deny"));
        Assert.That(cards.Select(c => (string?)c["extension"]!["disclaimer"]), Is.All.EqualTo(PhysicianDisclaimer.Text));
    }

    [Test]
    public async Task A_prefetch_left_out_is_named_on_every_card_while_the_note_is_still_pre_screened()
    {
        var request = FhirCases.SeedHookRequest("003");
        ((JObject)request["prefetch"]!).Remove("patient");

        var (_, body, _) = await Sign(request);

        foreach (var card in body["cards"]!)
        {
            Assert.That((string?)card["extension"]!["predicted"], Is.Not.Null);
            Assert.That((string?)card["detail"], Does.Contain("**Not sent by the EHR**").And.Contain("patient (Patient/p1)"));
        }
    }

    [Test]
    public async Task The_service_answers_a_browser_based_ehr_from_another_origin()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/cds-services/mtus-prescreen-order-sign");
        preflight.Headers.Add("Origin", "http://sandbox.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var answer = await Client.SendAsync(preflight);
        using var discovery = await Client.GetAsync("/cds-services");

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(answer.Headers.GetValues("Access-Control-Allow-Methods").Single(), Does.Contain("POST"));
        Assert.That(discovery.Headers.GetValues("Access-Control-Allow-Origin").Single(), Is.EqualTo("*"));
    }
}
