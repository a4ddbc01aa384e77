using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Facts.Tests;

public class RegionScopeTests
{
    private static Fact RedFlag(params BodyRegion[] regions) =>
        new Fact(FactKind.ImagingRedFlag, "fracture", Polarity.Present, SourceSection.Summary, 0, 8, "fracture", "fracture") { Regions = regions };

    private static ItemFacts With(params Fact[] facts) =>
        new() { ItemNumber = 1, Request = new RequestFacts { Name = "MRI" }, Mode = EvaluationMode.Prescreen, Facts = facts };

    [Test]
    public void A_finding_of_another_region_does_not_count_for_the_requested_one() =>
        Assert.That(With(RedFlag(BodyRegion.WristHand)).Status(FactKind.ImagingRedFlag, [BodyRegion.Shoulder]), Is.EqualTo(Polarity.NotMentioned));

    [Test]
    public void A_finding_of_no_stated_region_counts_for_any_region() =>
        Assert.That(With(RedFlag()).Status(FactKind.ImagingRedFlag, [BodyRegion.Shoulder]), Is.EqualTo(Polarity.Present));

    [Test]
    public void Without_a_region_every_finding_counts() =>
        Assert.That(With(RedFlag(BodyRegion.WristHand)).Status(FactKind.ImagingRedFlag), Is.EqualTo(Polarity.Present));

    [TestCase(BodyRegion.LumbarSpine, BodyRegion.LowerExtremity, true)]
    [TestCase(BodyRegion.LumbarSpine, BodyRegion.AnkleFoot, true)]
    [TestCase(BodyRegion.CervicalSpine, BodyRegion.WristHand, true)]
    [TestCase(BodyRegion.Spine, BodyRegion.ThoracicSpine, true)]
    [TestCase(BodyRegion.UpperExtremity, BodyRegion.Shoulder, true)]
    [TestCase(BodyRegion.Shoulder, BodyRegion.WristHand, false)]
    [TestCase(BodyRegion.Shoulder, BodyRegion.CervicalSpine, false)]
    [TestCase(BodyRegion.Knee, BodyRegion.LumbarSpine, false)]
    [TestCase(BodyRegion.CervicalSpine, BodyRegion.LowerExtremity, false)]
    public void A_spine_request_reads_the_limb_its_roots_supply_and_a_joint_request_only_its_joint(BodyRegion requested, BodyRegion found, bool counts) =>
        Assert.That(requested.Includes(found), Is.EqualTo(counts));

    [Test]
    public void The_facts_of_the_requested_regions_keep_findings_of_no_region_and_drop_the_others()
    {
        var item = With(RedFlag(BodyRegion.WristHand), RedFlag()) with { Request = new RequestFacts { Name = "MRI", BodyParts = [new BodyPart("shoulder", BodyRegion.Shoulder)] } };

        Assert.That(item.InRequestedRegions().Facts.Select(f => f.Regions.Count), Is.EqualTo(new[] { 0 }));
    }
}
