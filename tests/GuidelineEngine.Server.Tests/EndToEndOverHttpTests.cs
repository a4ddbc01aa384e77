using System.Net;
using System.Text;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server.Tests;

/// <summary>The built server's own entry point on a real loopback socket (Kestrel), called as an EHR would: discovery, then order-sign. No browser.</summary>
public class EndToEndOverHttpTests
{
    [Test]
    public async Task An_ehr_discovers_the_service_and_gets_cards_over_http()
    {
        using var factory = new WebApplicationFactory<Program>();
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        Assert.That(client.BaseAddress!.IsLoopback, Is.True, "a real loopback address");

        var discovery = JObject.Parse(await client.GetStringAsync("/cds-services"));
        var service = discovery["services"]!.Single(s => (string?)s["hook"] == "order-sign");
        using var content = new StringContent(FhirCases.SeedHookRequest("000").ToString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"/cds-services/{service["id"]}", content);
        var cards = (JArray)JObject.Parse(await response.Content.ReadAsStringAsync())["cards"]!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(cards.Select(c => ((string?)c["summary"])![..((string?)c["summary"])!.LastIndexOf(": ", StringComparison.Ordinal)]), Is.EqualTo(FhirCases.Seed("000").Items));
        Assert.That(cards.Select(c => (string?)c["extension"]!["disclaimer"]), Is.All.EqualTo(PhysicianDisclaimer.Text));
    }
}
