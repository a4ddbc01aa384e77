using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.MuscleRelaxants;

namespace GuidelineEngine.Rules.Mtus.Tests.MuscleRelaxants;

public class ShortTermUseTests : RuleFixture<ShortTermUse>
{
    protected override string Request => "Cyclobenzaprine 7.5mg #60";

    [Test]
    public void Ten_days_of_cyclobenzaprine_is_met() => Assert.That(StatusAfterWeeks(2), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Exactly_three_weeks_is_met() => Assert.That(StatusAfterWeeks(ShortTermUse.MaximumWeeks), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Seven_weeks_is_not_met() => Assert.That(StatusAfterWeeks(7), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Long_term_use_without_a_figure_is_not_met() =>
        Assert.That(StatusOf(Present(FactKind.RequestedDrugDuration, "She has used Flexeril long-term.", "long-term")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_relaxant_in_use_for_an_unknown_time_is_not_documented() =>
        Assert.That(StatusOf(Taking("cyclobenzaprine", "She is taking cyclobenzaprine.")), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void A_newly_started_relaxant_is_a_short_course() =>
        Assert.That(StatusOf(Starting("cyclobenzaprine", "A trial of cyclobenzaprine was started for the spasm.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_relaxant_not_said_to_be_new_or_continued_is_not_documented_never_assumed_new() =>
        Assert.That((Evaluate().Status, Evaluate().MissingDocumentation), Is.EqualTo((CriterionStatus.NotDocumented, "whether the relaxant is newly started, or how long it has been taken, within a 2-3 week course")));
}

public class AcuteExacerbationTests : RuleFixture<AcuteExacerbation>
{
    protected override string Request => "Flexeril 10mg #20";

    [Test]
    public void A_documented_flare_up_is_met() =>
        Assert.That(StatusOf(Present(FactKind.AcuteExacerbation, "She had a flare-up of low back pain.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_flare_up_stated_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.AcuteExacerbation, "There has been no flare-up.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_said_of_an_exacerbation_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class CarisoprodolTests : RuleFixture<Carisoprodol>
{
    [Test]
    public void Soma_is_not_met_whatever_is_documented() =>
        Assert.That(Run(Facts("Soma 350mg #60", new(), [Present(FactKind.AcuteExacerbation, "Flare-up.")])).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Another_relaxant_is_not_applicable() =>
        Assert.That(Run(Facts("Flexeril 10mg", new(), [])).Status, Is.EqualTo(CriterionStatus.NotApplicable));
}

public class SpasticityIndicationTests : RuleFixture<SpasticityIndication>
{
    protected override string Request => "Baclofen 20mg #90";

    [Test]
    public void Multiple_sclerosis_with_spasticity_is_met() =>
        Assert.That(StatusOf(
            Present(FactKind.MultipleSclerosis, "She has multiple sclerosis."),
            Present(FactKind.MuscleSpasm, "There is lower extremity spasticity.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_multiple_sclerosis_or_spinal_cord_injury_is_not_met() =>
        Assert.That(StatusOf(
            Denied(FactKind.MultipleSclerosis, "The patient does not have multiple sclerosis."),
            Denied(FactKind.SpinalCordInjury, "The patient does not have a spinal cord injury.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Multiple_sclerosis_without_spasm_documented_is_not_documented() =>
        Assert.That(StatusOf(Present(FactKind.MultipleSclerosis, "She has multiple sclerosis.")), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Cyclobenzaprine_is_not_applicable() =>
        Assert.That(Run(Facts("Cyclobenzaprine 5mg", new(), [])).Status, Is.EqualTo(CriterionStatus.NotApplicable));
}
