using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.CompoundDrugs;

namespace GuidelineEngine.Rules.Mtus.Tests.CompoundDrugs;

public class OralFormNotToleratedTests : RuleFixture<OralFormNotTolerated>
{
    protected override string Request => "Tabradol (unknown quantity)";

    [Test]
    public void Difficulty_swallowing_pills_warrants_a_suspension() =>
        Assert.That(StatusOf(Present(FactKind.OralIntolerance, "He has difficulty swallowing oral medications.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_patient_able_to_take_tablets_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.OralIntolerance, "The patient was able to tolerate oral medications.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_said_of_the_pill_form_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class FirstLineFailedTests : RuleFixture<FirstLineFailed>
{
    protected override string Request => "Synapryn (unknown quantity)";

    [Test]
    public void Failed_first_line_drugs_are_met() =>
        Assert.That(StatusOf(Present(FactKind.FailedNonOpioidAnalgesics, "She failed NSAIDs and acetaminophen.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void First_line_drugs_that_helped_are_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.FailedNonOpioidAnalgesics, "She did not fail NSAIDs.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_first_line_trial_described_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}
