using System.Net;
using System.Text;
using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server.Tests;

public class PrescreenApiTests : TestServerFixture
{
    private async Task<(HttpStatusCode Status, JObject Body, string? ContentType)> PostJson(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync("/api/prescreen", content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JObject.Parse(text), response.Content.Headers.ContentType?.MediaType);
    }

    private static string SeedSummary(string seed)
    {
        var letter = new Reading.LetterReader().Read(TestPaths.Seed(seed)).Letter!;
        return letter.ClinicalSummary;
    }

    [Test]
    public async Task Seed_003_with_lidoderm_is_predicted_upheld_for_want_of_a_first_line_trial()
    {
        var request = new JObject { ["clinicalText"] = SeedSummary("003"), ["items"] = new JArray("Lidoderm 5% patch #30") }.ToString();

        var (status, body, contentType) = await PostJson(request);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(contentType, Is.EqualTo("application/json"));
        var item = body["items"]![0]!;
        Assert.That((string?)item["predicted"], Is.EqualTo("Upheld"));
        Assert.That((string?)item["topic"], Is.EqualTo("TopicalLidocaine"));
        Assert.That((string?)item["criteria"]!.Single(c => (string?)c["rule"] == "MTUS.CPMTG.TopicalLidocaine.FirstLineTrial")!["status"], Is.EqualTo("NotDocumented"));
        Assert.That(item["missingDocumentation"]!.Select(m => (string?)m), Has.Some.Contains("first-line agent"));
    }

    [Test]
    public async Task Each_requested_item_gets_its_own_result_in_order()
    {
        var request = new JObject { ["clinicalText"] = SeedSummary("001"), ["items"] = new JArray("Norco 10/325mg #120", "Hearing aids bilateral", "Zanaflex 4mg #60") }.ToString();

        var (_, body, _) = await PostJson(request);

        Assert.That(body["items"]!.Select(i => ((string?)i["item"], (string?)i["predicted"])), Is.EqualTo(new (string?, string?)[]
        {
            ("Norco 10/325mg #120", "Upheld"), ("Hearing aids bilateral", "NotCovered"), ("Zanaflex 4mg #60", "Upheld"),
        }));
    }

    [Test]
    public async Task The_request_date_chooses_the_guideline_edition()
    {
        var early = await PostJson("""{ "clinicalText": "Low back pain.", "items": ["Norco 10/325mg #60"], "requestDate": "2014-09-10" }""");
        var late = await PostJson("""{ "clinicalText": "Low back pain.", "items": ["Norco 10/325mg #60"], "requestDate": "2016-12-01" }""");

        Assert.That(((string?)early.Body["items"]![0]!["edition"], (string?)late.Body["items"]![0]!["edition"]), Is.EqualTo(("2009", "2016")));
    }

    [TestCase("{ \"clinicalText\": ", "body", TestName = "Malformed JSON is a 400 naming the body")]
    [TestCase("[]", "body", TestName = "A JSON array instead of an object is a 400 naming the body")]
    [TestCase("{ \"items\": [\"Norco\"] }", "clinicalText", TestName = "A missing clinical text is a 400 naming clinicalText")]
    [TestCase("{ \"clinicalText\": \"   \", \"items\": [\"Norco\"] }", "clinicalText", TestName = "An empty note is a 400 naming clinicalText")]
    [TestCase("{ \"clinicalText\": \"Pain.\" }", "items", TestName = "Missing items are a 400 naming items")]
    [TestCase("{ \"clinicalText\": \"Pain.\", \"items\": [] }", "items", TestName = "No items are a 400 naming items")]
    [TestCase("{ \"clinicalText\": \"Pain.\", \"items\": [\"Norco\", \"\"] }", "items[1]", TestName = "A blank item is a 400 naming its index")]
    [TestCase("{ \"clinicalText\": \"Pain.\", \"items\": [\"Norco\"], \"requestDate\": \"10/09/2014\" }", "requestDate", TestName = "A date not in yyyy-MM-dd is a 400 naming requestDate")]
    public async Task A_bad_prescreen_request_gets_a_problem_body_naming_the_field(string json, string field)
    {
        var (status, body, contentType) = await PostJson(json);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(contentType, Is.EqualTo("application/problem+json"));
        Assert.That(((JObject)body["errors"]!).Properties().Select(p => p.Name), Is.EqualTo(new[] { field }));
        Assert.That((int)body["status"]!, Is.EqualTo(400));
    }

    [Test]
    public async Task A_body_over_two_megabytes_gets_413()
    {
        var big = new string('a', (int)ServerLimits.MaxBodyBytes + 1);

        var (status, body, _) = await PostJson($$"""{ "clinicalText": "{{big}}", "items": ["Norco"] }""");

        Assert.That(status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That((string?)body["title"], Is.EqualTo("The request body is too large."));
    }

    [Test]
    public async Task Markup_in_the_input_comes_back_only_inside_json_strings()
    {
        var (status, body, contentType) = await PostJson("""{ "clinicalText": "<script>alert(1)</script> Low back pain.", "items": ["<img src=x onerror=alert(1)>"] }""");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(contentType, Is.EqualTo("application/json"));
        Assert.That((string?)body["items"]![0]!["item"], Is.EqualTo("<img src=x onerror=alert(1)>"));
    }
}
