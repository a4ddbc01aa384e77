using System.Net;
using System.Text;
using GuidelineEngine.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server.Tests;

/// <summary>Hostile request texts and bodies are answered, never an empty 500; a defect is a problem body.</summary>
public class FaultBarrierTests : TestServerFixture
{
    private async Task<(HttpStatusCode Status, string? MediaType, string Body)> PostPrescreen(string json)
    {
        using var response = await Client.PostAsync("/api/prescreen", new StringContent(json, Encoding.UTF8, "application/json"));
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    [TestCase("Physical therapy #99999999999")]
    [TestCase("Acupuncture sessions #3000000000")]
    [TestCase("Norco 10/325 #999999999999999999999999999999")]
    public async Task A_request_with_a_number_too_large_for_any_field_is_prescreened(string item)
    {
        var (status, _, body) = await PostPrescreen(new JObject { ["clinicalText"] = "Low back pain for years.", ["items"] = new JArray(item) }.ToString());

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That((string?)JObject.Parse(body)["items"]![0]!["item"], Is.EqualTo(item));
    }

    [Test]
    public async Task A_letter_upload_with_such_a_number_is_evaluated()
    {
        var text = (await File.ReadAllTextAsync(TestPaths.Seed("000"))).Replace("Norco 10/325mg #60", "Norco 10/325 #999999999999999999999999999999", StringComparison.Ordinal);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", "big.txt" } };

        using var response = await Client.PostAsync("/api/letters", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_body_that_gives_items_twice_is_a_bad_request_naming_the_key()
    {
        var (status, _, body) = await PostPrescreen("""{ "clinicalText": "Low back pain.", "items": ["Norco 10/325mg #60"], "items": ["Lidoderm 5% patch #30"] }""");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)JObject.Parse(body)["errors"]!["body"]![0], Does.Contain("'items' already exists"));
    }

    [Test]
    public async Task A_defect_inside_an_endpoint_is_answered_with_a_problem_body_that_says_what_to_report()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.AddGuidelineServer();
        await using var app = builder.Build();
        app.MapGet("/defect", (Func<string>)(() => throw new InvalidOperationException("a defect")));
        app.MapGuidelineServer();
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var response = await client.GetAsync("/defect");

        var body = await response.Content.ReadAsStringAsync();
        Assert.That((response.StatusCode, response.Content.Headers.ContentType?.MediaType), Is.EqualTo((HttpStatusCode.InternalServerError, "application/problem+json")), body);
        var problem = JObject.Parse(body);
        Assert.That((string?)problem["detail"], Does.Contain("internal fault").And.Contain("InvalidOperationException: a defect").And.Contain("report it"));
        Assert.That((string?)problem["disclaimer"], Is.Not.Empty);
    }
}
