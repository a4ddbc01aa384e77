using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Laxatives;

namespace GuidelineEngine.Rules.Mtus.Tests.Laxatives;

public class OpioidConstipationTests : RuleFixture<OpioidConstipation>
{
    protected override string Request => "Colace 100mg #60";

    [Test]
    public void A_patient_on_opioids_warrants_prophylaxis_of_constipation() =>
        Assert.That(StatusOf(Taking("Norco", "Current medications include Norco.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Documented_constipation_is_met() =>
        Assert.That(StatusOf(Present(FactKind.Constipation, "She reports constipation.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Constipation_denied_without_opioids_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.Constipation, "He denies constipation.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Neither_opioids_nor_constipation_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}
