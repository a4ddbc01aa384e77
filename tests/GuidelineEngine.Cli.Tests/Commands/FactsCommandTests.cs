using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Cli.Tests.Commands;

public class FactsCommandTests
{
    [Test]
    public async Task Facts_json_in_audit_mode_gives_each_fact_its_polarity_section_and_sentence()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("facts", TestPaths.Seed("003"), "--mode", "audit", "--format", "json");

        var json = JObject.Parse(output);
        Assert.That(exitCode, Is.Zero);
        Assert.That((string?)json["mode"], Is.EqualTo("audit"));
        var lidoderm = json["letters"]![0]!["items"]![1]!;
        Assert.That((string?)lidoderm["item"], Is.EqualTo("Lidoderm 5% patch #30"));
        var neuropathic = lidoderm["facts"]!.Single(f => (string?)f["kind"] == "NeuropathicPain");
        Assert.That((string?)neuropathic["polarity"], Is.EqualTo("Absent"));
        Assert.That((string?)neuropathic["section"], Is.EqualTo("Rationale"));
        Assert.That((string?)neuropathic["sentence"], Is.EqualTo("In this case there is no documentation that the patient was suffering from neuropathic\npain."), "the sentence is kept exactly, line break included");
    }

    [Test]
    public async Task Facts_in_prescreen_mode_never_cite_the_rationale()
    {
        var (_, output, _) = await CliRunner.RunAsync("facts", TestPaths.Seeds, "--format", "json");

        var sections = JObject.Parse(output)["letters"]!.SelectMany(l => l["items"]!.SelectMany(i => i["facts"]!)).Select(f => (string?)f["section"]).Distinct();
        Assert.That(sections, Does.Not.Contain("Rationale"));
    }
}
