using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests;

public class RuleDescriptorTests
{
    private static RuleDescriptor Rule(string guideline, GuidelineEditions editions, string pages = "", string section = "") =>
        new("MTUS.T.Topic.Criterion", "Topic", guideline, editions, pages, section, "criterion", null!);

    [Test]
    public void A_rule_of_some_editions_is_cited_with_the_edition_applied() =>
        Assert.That(Rule("MTUS Chronic Pain Medical Treatment Guidelines", GuidelineEditions.Cpmtg, pages: "78-80").CitationFor(GuidelineEditions.Cpmtg2016 | GuidelineEditions.Otg2016),
            Is.EqualTo("MTUS Chronic Pain Medical Treatment Guidelines (2016), pp. 78-80"));

    [Test]
    public void A_rule_that_serves_every_edition_is_cited_as_its_guideline_names_itself() =>
        Assert.That(Rule("Official Disability Guidelines (ODG)", GuidelineEditions.Every, section: "Knee, Continuous-flow cryotherapy").CitationFor(GuidelineEditions.Cpmtg2016),
            Is.EqualTo("Official Disability Guidelines (ODG), section Knee, Continuous-flow cryotherapy"));

    [TestCase("303", "p. 303")]
    [TestCase("303-304", "pp. 303-304")]
    [TestCase("43, 78", "pp. 43, 78")]
    public void Pages_are_cited_as_reviewers_write_them(string pages, string expected) =>
        Assert.That(Rule("MTUS ACOEM Low Back Complaints (2004)", GuidelineEditions.Every, pages: pages).Citation, Is.EqualTo($"MTUS ACOEM Low Back Complaints (2004), {expected}"));
}
