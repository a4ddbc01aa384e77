using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server.Tests;

/// <summary>What the server refuses, and how: caps, content types, hosts, malformed uploads, security headers.</summary>
public class RequestHardeningTests : TestServerFixture
{
    private async Task<(HttpStatusCode Status, JObject? Body)> Send(HttpRequestMessage request)
    {
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JObject? body = null;
        if (response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json")
        {
            body = JObject.Parse(text);
        }

        return (response.StatusCode, body);
    }

    private Task<(HttpStatusCode Status, JObject? Body)> PostPrescreen(string json, string contentType = "application/json") =>
        Send(new HttpRequestMessage(HttpMethod.Post, "/api/prescreen") { Content = new StringContent(json, Encoding.UTF8, contentType) });

    [Test]
    public async Task More_items_than_the_cap_is_a_bad_request_stating_the_cap()
    {
        var items = new JArray(Enumerable.Range(0, PrescreenLimits.MaxItems + 1).Select(i => $"Norco 10/325mg #{i}"));

        var (status, body) = await PostPrescreen(new JObject { ["clinicalText"] = "Low back pain.", ["items"] = items }.ToString());

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body!["errors"]!["items"]![0], Does.Contain($"at most {PrescreenLimits.MaxItems}"));
    }

    [Test]
    public async Task An_item_longer_than_the_cap_is_a_bad_request_naming_the_item_and_the_cap()
    {
        var items = new JArray("Norco 10/325mg #60", string.Concat(Enumerable.Repeat("1/", PrescreenLimits.MaxItemLength)));

        var (status, body) = await PostPrescreen(new JObject { ["clinicalText"] = "Low back pain.", ["items"] = items }.ToString());

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body!["errors"]!["items[1]"]![0], Does.Contain($"at most {PrescreenLimits.MaxItemLength} characters"));
    }

    [Test]
    public async Task A_note_longer_than_the_cap_is_a_bad_request_stating_the_cap()
    {
        var note = new string('a', PrescreenLimits.MaxClinicalTextLength + 1);

        var (status, body) = await PostPrescreen(new JObject { ["clinicalText"] = note, ["items"] = new JArray("Norco 10/325mg #60") }.ToString());

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body!["errors"]!["clinicalText"]![0], Does.Contain($"at most {PrescreenLimits.MaxClinicalTextLength:N0} characters"));
    }

    [TestCase("text/plain")]
    [TestCase("application/x-www-form-urlencoded")]
    public async Task A_json_endpoint_refuses_another_content_type_with_415(string contentType)
    {
        var (status, body) = await PostPrescreen("""{ "clinicalText": "Low back pain.", "items": ["Norco 10/325mg #60"] }""", contentType);

        Assert.That(status, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That((string?)body!["detail"], Does.Contain("application/json"));
    }

    [Test]
    public async Task A_request_for_another_host_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = "attacker.example";

        var (status, _) = await Send(request);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_request_for_the_loopback_host_is_served()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = "127.0.0.1:5080";

        Assert.That((await Send(request)).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_multipart_upload_without_a_boundary_is_a_bad_request_with_a_problem_body()
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello\r\n--x--\r\n"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        var (status, body) = await Send(new HttpRequestMessage(HttpMethod.Post, "/api/letters") { Content = content });

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body!["errors"]!["file"]![0], Does.Contain("boundary"));
    }

    [TestCase("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello")]
    [TestCase("garbage without any boundary line")]
    [TestCase("--x\r\nno headers end here")]
    public async Task A_malformed_multipart_body_is_a_bad_request_with_a_problem_body(string raw)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(raw));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        var (status, body) = await Send(new HttpRequestMessage(HttpMethod.Post, "/api/letters") { Content = content });

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body!["title"], Is.Not.Empty);
    }

    [TestCase("/")]
    [TestCase("/app.js")]
    [TestCase("/health")]
    public async Task Responses_carry_the_security_headers(string path)
    {
        using var response = await Client.GetAsync(path);

        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.That(policy, Does.Contain("default-src 'self'").And.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe-eval").And.Not.Contain("*"));
    }

    [Test]
    public async Task A_pdf_bomb_upload_is_that_letters_error_not_a_server_error()
    {
        var pdf = TestPdf.Build(1, TestPdf.HugeContent(Reading.Pdf.PdfLimits.MaxDecodedBytes + (1024 * 1024)), flate: true);
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(pdf), "file", "bomb.pdf");

        using var response = await Client.PostAsync("/api/letters", form);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.That((int)response.StatusCode, Is.LessThan(500));
        Assert.That((string?)body["letters"]?[0]?["error"] ?? (string?)body["detail"], Does.Contain("too costly"));
    }

    [Test]
    public async Task A_second_uploaded_file_is_named_in_a_warning()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(File.ReadAllBytes(TestPaths.Seed("003"))), "file", "003.txt");
        form.Add(new ByteArrayContent(File.ReadAllBytes(TestPaths.Seed("000"))), "other", "000.txt");

        using var response = await Client.PostAsync("/api/letters", form);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body["letters"]![0]!["warnings"]!.Select(w => (string?)w), Has.Some.Contains("'000.txt'"));
    }
}
