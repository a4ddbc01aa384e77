using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Acupuncture;
using static GuidelineEngine.Rules.Mtus.Tests.Therapies.TherapyFacts;

namespace GuidelineEngine.Rules.Mtus.Tests.Acupuncture;

public class AcupunctureIndicationTests : RuleFixture<Indication>
{
    protected override string Request => "Acupuncture for the low back";

    [Test]
    public void An_adjunct_to_physical_rehabilitation_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ActiveRehabilitation, "She is undergoing physical therapy.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Medication_not_tolerated_is_met() =>
        Assert.That(StatusOf(Present(FactKind.MedicationReducedOrNotTolerated, "He is not able to tolerate oral medications.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Medication_tolerated_and_no_rehabilitation_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.MedicationReducedOrNotTolerated, "There is no evidence the patient is unable to tolerate pain medication.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_on_medication_or_rehabilitation_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class AcupunctureInitialTrialTests : RuleFixture<InitialTrial>
{
    protected override string Request => "Acupuncture for the neck";

    [TestCase(6, CriterionStatus.Met)]
    [TestCase(12, CriterionStatus.NotMet)]
    public void A_first_course_is_three_to_six_treatments(int treatments, CriterionStatus expected) =>
        // 8 CCR 9792.24.1(c)(1): "Time to produce functional improvement: 3 to 6 treatments".
        Assert.That(Evaluate(new RequestDetails { Sessions = treatments }).Status, Is.EqualTo(expected));

    [Test]
    public void Four_a_week_exceed_the_frequency() =>
        // 9792.24.1(c)(2): "Frequency: 1 to 3 times per week".
        Assert.That(Evaluate(new RequestDetails { TimesPerWeek = 4, DurationWeeks = 1 }).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Twice_a_week_for_six_weeks_is_twelve_treatments_and_not_met() =>
        Assert.That(Evaluate(new RequestDetails { TimesPerWeek = 2, DurationWeeks = 6 }).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_stated_number_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class AcupunctureExtensionTests : RuleFixture<Extension>
{
    protected override string Request => "Acupuncture therapy sessions lumbar spine #6";

    private static readonly Fact Prior = Present(FactKind.PriorAcupuncture, "Treatment to date has included acupuncture.");

    [Test]
    public void Functional_improvement_from_earlier_acupuncture_is_met() =>
        Assert.That(StatusOf(Prior, Present(FactKind.FunctionalImprovement, "Her work restrictions were reduced with functional improvement.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_functional_improvement_is_not_met() =>
        Assert.That(StatusOf(Prior, Denied(FactKind.FunctionalImprovement, "There was no functional improvement.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Earlier_acupuncture_without_its_effect_is_not_documented() =>
        Assert.That(StatusOf(Prior), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class AcupunctureRemainderTests : RuleFixture<RemainderAfterInitialTrial>
{
    protected override string Request => "Acupuncture for 2 sessions";

    [Test]
    public void The_remainder_after_an_authorized_trial_is_not_met() =>
        Assert.That(StatusOf(Remainder), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_whole_request_is_not_applicable() =>
        // Read from the heading: it cannot be "not documented".
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}
