using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Tens;
using static GuidelineEngine.Rules.Mtus.Tests.Therapies.TherapyFacts;

namespace GuidelineEngine.Rules.Mtus.Tests.Tens;

public class TensAdjunctTests : RuleFixture<AdjunctToFunctionalRestoration>
{
    protected override string Request => "TENS unit";

    [Test]
    public void A_functional_restoration_programme_is_met() =>
        Assert.That(StatusOf(Present(FactKind.FunctionalRestorationProgram, "He is enrolled in a functional restoration program.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_exercise_programme_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ActiveRehabilitation, "She is not participating in any exercise program.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_unit_as_primary_treatment_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class TensIndicationTests : RuleFixture<Indication>
{
    protected override string Request => "TENS unit";

    [Test]
    public void Neuropathic_pain_is_met() =>
        Assert.That(StatusOf(Present(FactKind.NeuropathicPain, "He has neuropathic pain.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Crps_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ComplexRegionalPainSyndrome, "She has complex regional pain syndrome.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Neuropathic_pain_ruled_out_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.NeuropathicPain, "There is no neuropathic pain.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_condition_named_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class TensHomeTrialTests : RuleFixture<HomeTrialBeforePurchase>
{
    protected override string Request => "TENS unit purchase";

    private static readonly Fact Purchase = Heading(FactKind.EquipmentPurchase, "TENS unit purchase");

    [Test]
    public void A_purchase_after_a_home_trial_is_met() =>
        Assert.That(StatusOf(Purchase, Present(FactKind.TensTrialCompleted, "She completed a one-month TENS trial.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_purchase_without_a_trial_is_not_met() =>
        // A missing trial is itself the failure: the guideline requires the trial before purchase, so this is not "not documented".
        Assert.That(StatusOf(Purchase), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_rental_is_not_applicable() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}
