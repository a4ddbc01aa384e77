using System.Text;
using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server.Tests;

/// <summary>The README's CDS Hooks example is a real request, and its cards are what the service answers.</summary>
public class ReadmeCdsExampleTests : TestServerFixture
{
    // The two JSON blocks after the example's lead-in: the request, then its cards.
    private static (string Request, JObject Cards) Example()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        var start = readme.IndexOf("One request (the note", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), "the README has the CDS Hooks example");
        var blocks = new List<string>();
        var at = start;
        while (blocks.Count < 2)
        {
            var open = readme.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
            var close = readme.IndexOf("```", open, StringComparison.Ordinal);
            blocks.Add(readme[open..close]);
            at = close + 3;
        }

        return (blocks[0], JObject.Parse(blocks[1]));
    }

    [Test]
    public async Task The_readmes_order_sign_request_gets_the_card_the_readme_shows()
    {
        var (request, shown) = Example();
        using var content = new StringContent(request, Encoding.UTF8, "application/json");

        using var response = await Client.PostAsync("/cds-services/mtus-prescreen-order-sign", content);
        var answered = JObject.Parse(await response.Content.ReadAsStringAsync());

        var (card, expected) = (answered["cards"]!.Single(), shown["cards"]!.Single());
        foreach (var field in new[] { "summary", "indicator" })
        {
            Assert.That((string?)card[field], Is.EqualTo((string?)expected[field]), field);
        }

        Assert.That(card["source"]!.ToString(), Is.EqualTo(expected["source"]!.ToString()));
        Assert.That(card["extension"]!.ToString(), Is.EqualTo(expected["extension"]!.ToString()));
    }
}
