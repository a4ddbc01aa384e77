using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.ManualTherapy;
using static GuidelineEngine.Rules.Mtus.Tests.Therapies.TherapyFacts;

namespace GuidelineEngine.Rules.Mtus.Tests.ManualTherapy;

public class TreatedBodyRegionTests : RuleFixture<TreatedBodyRegion>
{
    protected override string Request => "Chiropractic treatment";

    [Test]
    public void The_low_back_may_be_treated() =>
        Assert.That(Evaluate(new RequestDetails { BodyParts = ["lumbar spine"] }).Status, Is.EqualTo(CriterionStatus.Met));

    [TestCase("knee")]
    [TestCase("wrist")]
    [TestCase("elbow")]
    public void The_knee_wrist_hand_and_elbow_are_not_treated_by_manipulation(string part) =>
        // CPMTG pp. 58-60: "not recommended" for the ankle, foot, carpal tunnel, forearm, wrist, hand or knee.
        Assert.That(Evaluate(new RequestDetails { BodyParts = ["lumbar spine", part] }).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_request_naming_no_body_part_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class ManualTherapyInitialTrialTests : RuleFixture<InitialTrial>
{
    protected override string Request => "Chiropractic care to the low back";

    [TestCase(6, CriterionStatus.Met)]
    [TestCase(8, CriterionStatus.NotMet)]
    public void A_first_course_is_a_trial_of_six_visits(int visits, CriterionStatus expected) =>
        // CPMTG p. 58: "an initial trial of 6 visits over 2 weeks".
        Assert.That(Evaluate(new RequestDetails { Sessions = visits }).Status, Is.EqualTo(expected));

    [Test]
    public void No_stated_number_of_visits_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void After_an_earlier_course_the_trial_does_not_apply() =>
        Assert.That(Evaluate(new RequestDetails { Sessions = 12 }, Present(FactKind.PriorManualTherapy, "Treatment to date has included chiropractic care.")).Status,
            Is.EqualTo(CriterionStatus.NotApplicable));
}

public class ManualTherapyFunctionalImprovementTests : RuleFixture<FunctionalImprovement>
{
    protected override string Request => "Chiropractic treatment for the lumbar spine";

    private static readonly Fact Prior = Present(FactKind.PriorManualTherapy, "Treatment to date has included chiropractic care.");

    [Test]
    public void Objective_gains_from_earlier_visits_are_met() =>
        Assert.That(Evaluate(new RequestDetails { Sessions = 6 }, Prior, Present(FactKind.FunctionalImprovement, "Objective functional improvement was documented.")).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void More_than_eighteen_visits_are_not_met_whatever_the_gains() =>
        // CPMTG p. 58: "a total of up to 18 visits over 6-8 weeks".
        Assert.That(Evaluate(new RequestDetails { Sessions = 20 }, Prior, Present(FactKind.FunctionalImprovement, "Objective functional improvement was documented.")).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Earlier_visits_without_their_effect_are_not_documented() =>
        Assert.That(Evaluate(new RequestDetails { Sessions = 6 }, Prior).Status, Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void A_first_course_is_not_applicable() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}

public class ManualTherapyRemainderTests : RuleFixture<RemainderAfterInitialTrial>
{
    protected override string Request => "Chiropractic physiotherapy treatment 6 visits";

    [Test]
    public void The_remainder_of_a_request_cut_to_a_trial_is_not_met() =>
        Assert.That(StatusOf(Remainder), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_request_decided_whole_is_not_applicable() =>
        // Whether UR authorized part of the request is read from the heading; it cannot be "not documented".
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}
