using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Antidepressants;

namespace GuidelineEngine.Rules.Mtus.Tests.Antidepressants;

public class IndicationTests : RuleFixture<Indication>
{
    protected override string Request => "Nortriptyline HCL 25mg, #30";

    [Test]
    public void Neuropathic_pain_warrants_a_tricyclic() =>
        Assert.That(StatusOf(Present(FactKind.NeuropathicPain, "She reports burning neuropathic pain in the foot.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Radiculopathy_alone_is_not_documented_as_no_antidepressant_is_proven_for_it() =>
        Assert.That(StatusOf(Present(FactKind.Radiculopathy, "There was decreased sensation in the L4-S1 distribution.")), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Depression_stated_absent_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.Depression, "He denies depression.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_diagnosis_for_the_antidepressant_is_not_documented() =>
        Assert.That(StatusOf(Present(FactKind.MuscleSpasm, "Spasm of the lumbar paraspinals.")), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class SsriIndicationTests : RuleFixture<Indication>
{
    protected override string Request => "Sertraline 50mg #30";

    [Test]
    public void An_ssri_for_secondary_depression_is_met() =>
        Assert.That(StatusOf(Present(FactKind.Depression, "She is treated for major depressive disorder.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void An_ssri_for_neuropathic_pain_alone_is_not_documented_as_ssris_are_not_for_chronic_pain() =>
        Assert.That(StatusOf(Present(FactKind.NeuropathicPain, "Burning neuropathic pain in the foot.")), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class TreatmentEfficacyTests : RuleFixture<TreatmentEfficacy>
{
    protected override string Request => "Venlafaxine HCL ER 37.5mg #90";

    private static readonly Fact Ongoing = Taking("venlafaxine", "She has been taking venlafaxine.");

    [Test]
    public void Relief_and_function_with_the_antidepressant_are_met() =>
        Assert.That(StatusOf(Ongoing, Present(FactKind.Analgesia, "Venlafaxine gives pain relief."), Present(FactKind.FunctionalImprovement, "She walks farther.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Relief_without_function_is_not_documented() =>
        Assert.That(StatusOf(Ongoing, Present(FactKind.Analgesia, "Venlafaxine gives pain relief.")), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void No_relief_stated_is_not_met() =>
        Assert.That(StatusOf(Ongoing, Denied(FactKind.Analgesia, "Venlafaxine gives no pain relief.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_new_prescription_is_not_applicable() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}
