using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Opioids;

namespace GuidelineEngine.Rules.Mtus.Tests.Opioids;

public class FunctionalImprovementTests : RuleFixture<FunctionalImprovement>
{
    private static readonly Fact Ongoing = Taking("hydrocodone/acetaminophen", "She has been taking Norco.");

    [Test]
    public void Documented_functional_gains_are_met() =>
        Assert.That(StatusOf(Ongoing, Present(FactKind.FunctionalImprovement, "Function has improved with the medication.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_return_to_work_is_met() =>
        Assert.That(StatusOf(Ongoing, Present(FactKind.ReturnToWork, "He has returned to full duty work.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_functional_improvement_stated_is_not_met() =>
        Assert.That(StatusOf(Ongoing, Denied(FactKind.FunctionalImprovement, "There has been no functional improvement.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_documentation_of_functional_benefit_is_not_documented() =>
        Assert.That(StatusOf(Ongoing, Undocumented(FactKind.FunctionalImprovement, "There is no clear documentation of functional benefit.")), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class MonitoringTests : RuleFixture<Monitoring>
{
    private static readonly Fact Ongoing = Taking("hydrocodone/acetaminophen", "She has been taking Norco.");

    [Test]
    public void A_consistent_urine_drug_screen_is_met() =>
        Assert.That(StatusOf(Ongoing, Present(FactKind.UrineDrugScreen, "A urine drug screen was consistent.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_refused_screen_is_not_met() =>
        Assert.That(StatusOf(Ongoing, Denied(FactKind.UrineDrugScreen, "She has not had a urine drug screen.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_screen_or_agreement_is_not_documented() =>
        Assert.That(StatusOf(Ongoing), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void A_new_opioid_does_not_fire_and_the_checklist_says_why()
    {
        var result = Evaluate(Starting("hydrocodone/acetaminophen", "Norco was started at this visit."));

        Assert.That((result.Status, result.Reason), Is.EqualTo((CriterionStatus.NotApplicable, "The opioid is being initiated, not used long-term.")));
    }

    [Test]
    public void An_opioid_not_said_to_be_new_or_continued_leaves_the_question_to_the_initiation_criterion()
    {
        var result = Evaluate();

        Assert.That((result.Status, result.Reason), Is.EqualTo((CriterionStatus.NotApplicable, "Whether the opioid is started or continued is not documented: the initiation criterion says what is missing.")));
    }
}

public class MorphineEquivalentCeilingTests : RuleFixture<MorphineEquivalentCeiling>
{
    private CriterionStatus StatusAt(decimal? dose) =>
        new MorphineEquivalentCeiling().Evaluate(Facts(Request, new RequestDetails(), [], morphineEquivalent: dose)).Status;

    [Test]
    public void A_dose_within_120_mg_is_met() => Assert.That(StatusAt(90), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_dose_of_exactly_120_mg_is_met() => Assert.That(StatusAt(MorphineEquivalentCeiling.CeilingMgPerDay), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_dose_above_120_mg_is_not_met() => Assert.That(StatusAt(180), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_stated_dose_is_not_applicable() => Assert.That(StatusAt(null), Is.EqualTo(CriterionStatus.NotApplicable));
}

public class InitiationTests : RuleFixture<Initiation>
{
    protected override string Request => "Tramadol 50mg #60";

    [Test]
    public void Failed_nsaids_before_a_new_opioid_are_met() =>
        Assert.That(StatusOf(Present(FactKind.FailedNonOpioidAnalgesics, "NSAIDs failed to relieve the pain.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_trial_of_non_opioids_before_a_started_opioid_is_not_met() =>
        Assert.That(StatusOf(Starting("tramadol", "Tramadol was started today."), Denied(FactKind.FailedNonOpioidAnalgesics, "She has not tried NSAIDs.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void An_opioid_not_said_to_be_new_or_continued_is_not_documented_and_says_both_are_missing() =>
        Assert.That(Evaluate().MissingDocumentation, Is.EqualTo("whether the opioid is newly started (then a failed trial of non-opioid analgesics) or continued (then the 4 A's of on-going management)"));

    [Test]
    public void Nothing_said_of_non_opioids_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void A_continued_opioid_is_judged_by_on_going_management_instead() =>
        Assert.That(StatusOf(Taking("tramadol", "He takes tramadol daily.")), Is.EqualTo(CriterionStatus.NotApplicable));
}
