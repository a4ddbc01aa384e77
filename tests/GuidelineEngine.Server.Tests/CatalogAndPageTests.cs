using System.Net;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server.Tests;

public class CatalogAndPageTests : TestServerFixture
{
    [Test]
    public async Task Health_answers_ok_with_the_rule_count()
    {
        var body = JObject.Parse(await Client.GetStringAsync("/health"));

        Assert.That((string?)body["status"], Is.EqualTo("ok"));
        Assert.That((int)body["rules"]!, Is.GreaterThanOrEqualTo(20));
    }

    [Test]
    public async Task The_rule_catalogue_lists_ids_and_citations()
    {
        var rules = (JArray)JObject.Parse(await Client.GetStringAsync("/api/rules"))["rules"]!;

        Assert.That(rules.Select(r => (string?)r["id"]), Does.Contain("MTUS.CPMTG.Opioids.FourAs"));
        Assert.That(rules.Select(r => (string?)r["citation"]), Does.Contain("MTUS Chronic Pain Medical Treatment Guidelines, pp. 78-80"));
        Assert.That(rules.Select(r => (string?)r["citation"]), Has.All.Match(@", (?:pp?\.|section) "), "every rule cites its guideline by page or section");
    }

    [TestCase("/", "text/html", "<textarea id=\"clinical-text\"")]
    [TestCase("/app.js", "text/javascript", "/api/prescreen")]
    [TestCase("/app.css", "text/css", ".badge")]
    public async Task The_page_and_its_assets_are_served_from_the_app(string path, string mediaType, string content)
    {
        using var response = await Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        Assert.That(text, Does.Contain(content));
        Assert.That(text, Does.Not.Contain("https://").And.Not.Contain("http://"), "the page must not load anything from a CDN");
    }

    [Test]
    public async Task The_page_script_never_inserts_text_as_html()
    {
        var script = await Client.GetStringAsync("/app.js");

        Assert.That(script, Does.Not.Contain("innerHTML").And.Not.Contain("insertAdjacentHTML").And.Not.Contain("document.write"));
    }
}
