using GuidelineEngine.Evaluation;
using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Cli.Tests.Commands;

public class RulesCommandTests
{
    [Test]
    public async Task Rules_list_as_json_is_the_api_catalogue_object_with_every_rule_its_guideline_source_and_citation()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("rules", "list", "--format", "json");

        Assert.That(exitCode, Is.EqualTo(0));
        var catalogue = JObject.Parse(output);
        Assert.That(catalogue.Properties().Select(p => p.Name), Is.EqualTo(new[] { "disclaimer", "rules", "index" }), "the same object as GET /api/rules");
        Assert.That((string?)catalogue["disclaimer"], Is.EqualTo(PhysicianDisclaimer.Text));
        var rules = (JArray)catalogue["rules"]!;
        Assert.That(rules, Has.Count.EqualTo(Engine.Get<RuleCatalog>().Rules.Count));
        Assert.That(rules.Select(r => (string?)r["source"]), Is.All.AnyOf("MTUS", "NonMTUS"));
        Assert.That(rules.Select(r => (string?)r["guideline"]), Is.All.Not.Null.And.All.Not.Empty);
        Assert.That(rules.Where(r => !((string)r["citation"]!).StartsWith((string)r["guideline"]!, StringComparison.Ordinal)).Select(r => (string?)r["id"]), Is.Empty,
            "every citation names its own guideline first");
    }

    [Test]
    public async Task Rules_list_as_markdown_has_a_source_column()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("rules", "list", "--format", "md");

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output.Split('\n')[0].Trim(), Is.EqualTo("| id | topic | source | criterion | citation |"));
        Assert.That(output, Does.Contain("| MTUS.CPMTG.Opioids.FourAs | Opioids | MTUS |"));
    }

    [Test]
    public async Task Rules_validate_says_the_set_is_valid_and_exits_zero()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("rules", "validate");

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output, Does.StartWith($"rule set is valid: {Engine.Get<RuleCatalog>().Rules.Count} rules in {Engine.Get<RuleCatalog>().Topics.Count} topics"));
    }

    [Test]
    public async Task Rules_list_index_as_json_gives_every_index_topic_its_status_and_rule_count_or_its_reason()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("rules", "list", "--index", "--format", "json");

        Assert.That(exitCode, Is.EqualTo(0));
        var index = (JArray)JObject.Parse(output)["index"]!;
        Assert.That(index, Has.Count.EqualTo(GuidelineEngine.Facts.Index.GuidelineIndex.Default.Topics.Count));
        Assert.That(index.Where(t => (int)t["rules"]! == 0 && string.IsNullOrEmpty((string?)t["reason"])).Select(t => (string?)t["id"]), Is.Empty, "a topic without rules says why");
        var microcurrent = index.Single(t => (string?)t["id"] == "cpmtg.microcurrent-electrical-stimulation");
        Assert.That(((string?)microcurrent["status"], (string?)microcurrent["source"], (string?)microcurrent["decidedBy"], (int)microcurrent["rules"]!), Is.EqualTo(("NotRecommended", "MTUS", "NotRecommended", 1)));
    }

    [Test]
    public async Task Rules_list_index_as_a_table_ends_with_how_many_topics_rules_decide()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("rules", "list", "--index");

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output, Does.Match(@"\d+ index topics: \d+ decided by rules, \d+ with a stated reason"));
    }
}
