using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.PassiveModality;
using static GuidelineEngine.Rules.Mtus.Tests.Therapies.TherapyFacts;

namespace GuidelineEngine.Rules.Mtus.Tests.PassiveModality;

public class AdjunctToActiveTherapyTests : RuleFixture<AdjunctToActiveTherapy>
{
    protected override string Request => "Therapeutic ultrasound to the shoulder";

    [Test]
    public void Active_therapy_under_way_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ActiveRehabilitation, "She continues a home exercise program.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_exercise_programme_stated_absent_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ActiveRehabilitation, "He is not participating in a home exercise program.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_modality_alone_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class HomeHeatOrColdTests : RuleFixture<HomeHeatOrCold>
{
    protected override string Request => "Infrared heat to the low back";

    [Test]
    public void Heat_applied_in_the_clinic_is_not_met() =>
        Assert.That(StatusOf(Heading(FactKind.HeatOrColdApplication, "Infrared heat to the low back")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_modality_that_is_not_heat_or_cold_is_not_applicable() =>
        // Read from the heading: whether heat is applied cannot be "not documented".
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}
