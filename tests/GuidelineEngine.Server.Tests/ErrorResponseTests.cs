using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server.Tests;

/// <summary>Errors the server answers before any endpoint runs, or for a field of the wrong JSON type: each a problem body in words, never a .NET type or an empty page.</summary>
public class ErrorResponseTests : TestServerFixture
{
    private async Task<(HttpStatusCode Status, string? ContentType, string Text)> Send(HttpRequestMessage request)
    {
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    [TestCase("{ \"clinicalText\": \"Low back pain.\", \"items\": \"Norco 10/325mg #60\" }", "items", "must be a JSON array of strings")]
    [TestCase("{ \"clinicalText\": \"Low back pain.\", \"items\": [{ \"name\": \"Norco\" }] }", "items", "must be a JSON array of strings")]
    [TestCase("{ \"clinicalText\": [\"Low back pain.\"], \"items\": [\"Norco 10/325mg #60\"] }", "clinicalText", "must be a JSON string")]
    [TestCase("{ \"clinicalText\": \"Low back pain.\", \"items\": [\"Norco\"], \"requestDate\": { \"y\": 2014 } }", "requestDate", "must be a JSON string yyyy-MM-dd")]
    public async Task A_field_of_the_wrong_json_type_is_a_400_naming_the_field_and_the_shape_expected_without_a_dotnet_type(string json, string field, string expected)
    {
        var (status, contentType, text) = await Send(new HttpRequestMessage(HttpMethod.Post, "/api/prescreen") { Content = new StringContent(json, Encoding.UTF8, "application/json") });

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(contentType, Is.EqualTo("application/problem+json"));
        var body = JObject.Parse(text);
        Assert.That((string?)body["errors"]![field]![0], Does.StartWith(expected));
        Assert.That(text, Does.Not.Contain("System.").And.Not.Contain("List`1"));
    }

    [TestCase("/nothing-here")]
    [TestCase("/api/prescreens")]
    public async Task An_address_with_nothing_there_is_a_404_problem_listing_the_endpoints(string path)
    {
        var (status, contentType, text) = await Send(new HttpRequestMessage(HttpMethod.Get, path));

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(contentType, Is.EqualTo("application/problem+json"));
        var body = JObject.Parse(text);
        Assert.That((string?)body["detail"], Does.StartWith($"GET {path}: no such page or endpoint").And.Contain("POST /api/prescreen"));
        Assert.That((string?)body["disclaimer"], Is.Not.Empty);
    }

    [Test]
    public async Task A_get_of_a_post_endpoint_is_a_405_problem_saying_which_method_it_takes()
    {
        var (status, contentType, text) = await Send(new HttpRequestMessage(HttpMethod.Get, "/api/prescreen"));

        Assert.That(status, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(contentType, Is.EqualTo("application/problem+json"));
        Assert.That((string?)JObject.Parse(text)["detail"], Is.EqualTo("/api/prescreen takes POST, not GET."));
    }

    [Test]
    public async Task A_foreign_host_gets_a_400_problem_naming_the_host_and_the_allowed_ones_not_an_html_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = "attacker.example";

        var (status, contentType, text) = await Send(request);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(contentType, Is.EqualTo("application/problem+json"));
        var body = JObject.Parse(text);
        Assert.That((string?)body["detail"], Does.StartWith("Host 'attacker.example' is not among the allowed hosts (localhost, 127.0.0.1, [::1])"));
        Assert.That((string?)body["disclaimer"], Is.Not.Empty);
    }
}
