using GuidelineEngine.RuleModel;
using static GuidelineEngine.Rules.Mtus.Tests.Imaging.ImagingFacts;

namespace GuidelineEngine.Rules.Mtus.Tests.Imaging;

public class ElbowIndicationTests : RuleFixture<ElbowImaging.Indication>
{
    protected override string Request => "MRI of the right elbow";

    [Test]
    public void A_red_flag_supports_elbow_imaging() => Assert.That(StatusOf(Fracture), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Nerve_findings_persisting_after_failed_care_suggest_entrapment_and_support_the_mri() =>
        Assert.That(StatusOf(NoFracture, Deficit, CareFailed), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Nerve_findings_without_failed_conservative_care_are_not_enough() =>
        Assert.That(StatusOf(NoFracture, Deficit), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Without_a_red_flag_or_a_suspected_lesion_the_indication_is_not_documented()
    {
        var result = Evaluate(NoFracture);

        Assert.That((result.Status, result.MissingDocumentation), Is.EqualTo((CriterionStatus.NotDocumented, "chronic elbow pain after conservative care with a suspected intra-articular body, osteochondral injury, nerve entrapment, ligament or tendon tear")));
    }
}
