using System.Net;
using System.Text;
using GuidelineEngine.Fhir;
using GuidelineEngine.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server.Tests;

/// <summary>With <c>CdsHooks:FetchMissingPrefetch</c> on, a prefetch the EHR left out is fetched from its fhirServer (here a handler standing in for it).</summary>
public class CdsHooksFetchTests : TestServerFixture
{
    private readonly List<HttpRequestMessage> fetched = [];
    private HttpStatusCode fhirStatus;

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Configuration["CdsHooks:FetchMissingPrefetch"] = "true";
        builder.Services.AddSingleton(new FhirServerClient(new HttpClient(new FakeFhirServer(this))));
    }

    [SetUp]
    public void ForgetFetches()
    {
        fetched.Clear();
        fhirStatus = HttpStatusCode.OK;
    }

    private async Task<(HttpStatusCode Status, JObject Body)> SignWithoutNotes()
    {
        var request = FhirCases.HookRequest("order-sign", FhirCases.Orders(["Lidoderm 5% patch #30"], "2014-09-10"), new Dictionary<string, JObject?>
        {
            ["patient"] = new JObject { ["resourceType"] = "Patient", ["id"] = "p1" },
            ["conditions"] = FhirCases.Bundle("searchset"),
        }, fhirServer: "https://ehr.test/fhir");
        request["fhirAuthorization"] = new JObject { ["access_token"] = "token-1", ["token_type"] = "Bearer", ["scope"] = "patient/*.read", ["subject"] = "svc" };
        using var content = new StringContent(request.ToString(), Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync("/cds-services/mtus-prescreen-order-sign", content);
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task A_missing_notes_prefetch_is_fetched_with_the_ehrs_token_and_pre_screened()
    {
        var (status, body) = await SignWithoutNotes();

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(fetched.Select(r => r.RequestUri!.ToString()), Is.EqualTo(new[] { "https://ehr.test/fhir/DocumentReference?patient=p1" }));
        Assert.That(fetched[0].Headers.Authorization?.ToString(), Is.EqualTo("Bearer token-1"));
        Assert.That((string?)body["cards"]![0]!["extension"]!["predicted"], Is.EqualTo("Upheld"));
        Assert.That((string?)body["cards"]![0]!["detail"], Does.Not.Contain("Not sent by the EHR"));
    }

    [Test]
    public async Task A_fhir_server_that_cannot_give_the_prefetch_is_a_412_saying_which_query_failed()
    {
        fhirStatus = HttpStatusCode.Unauthorized;

        var (status, body) = await SignWithoutNotes();

        Assert.That(status, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That((string?)body["detail"], Does.Contain("GET https://ehr.test/fhir/DocumentReference?patient=p1 answered 401"));
        Assert.That((string?)body["disclaimer"], Is.Not.Empty);
    }

    private sealed class FakeFhirServer(CdsHooksFetchTests test) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            test.fetched.Add(request);
            var note = FhirCases.Bundle("searchset", FhirCases.Note("Neuropathic pain of the left leg. Lidoderm patch requested."));
            return Task.FromResult(new HttpResponseMessage(test.fhirStatus) { Content = new StringContent(note.ToString(), Encoding.UTF8, "application/fhir+json") });
        }
    }
}
