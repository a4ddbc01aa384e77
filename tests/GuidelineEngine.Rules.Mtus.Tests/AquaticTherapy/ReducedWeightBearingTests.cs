using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.AquaticTherapy;

namespace GuidelineEngine.Rules.Mtus.Tests.AquaticTherapy;

public class ReducedWeightBearingTests : RuleFixture<ReducedWeightBearing>
{
    protected override string Request => "8 pool therapy sessions";

    [Test]
    public void Obesity_is_met() => Assert.That(StatusOf(Present(FactKind.Obesity, "Diagnoses include obesity.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Not_obese_is_not_met() => Assert.That(StatusOf(Denied(FactKind.Obesity, "She is not obese.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_reason_given_is_not_documented() => Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}
