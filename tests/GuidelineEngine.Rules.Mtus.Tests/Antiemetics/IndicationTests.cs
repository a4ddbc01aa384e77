using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Antiemetics;
using GuidelineEngine.Rules.Mtus.Surgery;

namespace GuidelineEngine.Rules.Mtus.Tests.Antiemetics;

public class IndicationTests : RuleFixture<Indication>
{
    private static CriterionStatus AfterSurgery(Determination surgery) =>
        Run(Facts("Post-op Zofran", new RequestDetails(), []), Predicted<SurgeryPolicy>(2, "Right shoulder arthroscopy", surgery)).Status;

    protected override string Request => "Zofran 4mg #10";

    [Test]
    public void Post_operative_use_after_a_supported_surgery_is_met() =>
        Assert.That(AfterSurgery(Determination.Overturned), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Post_operative_use_after_an_unsupported_surgery_is_not_met() =>
        Assert.That(AfterSurgery(Determination.Upheld), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nausea_from_chronic_opioids_has_no_approved_use_documented() =>
        Assert.That(StatusOf(Present(FactKind.AdverseEffects, "She reports nausea from Norco.")), Is.EqualTo(CriterionStatus.NotDocumented));
}
