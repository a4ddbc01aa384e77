using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.PhysicalMedicine;

namespace GuidelineEngine.Rules.Mtus.Tests.PhysicalMedicine;

public class VisitCountTests : RuleFixture<VisitCount>
{
    protected override string Request => "Physical therapy";

    [TestCase(6, CriterionStatus.Met)]
    [TestCase(VisitCount.MaximumVisits, CriterionStatus.Met)]
    [TestCase(12, CriterionStatus.NotMet)]
    public void A_stated_number_of_visits_is_judged_against_ten(int sessions, CriterionStatus expected) =>
        Assert.That(Evaluate(new RequestDetails { Sessions = sessions }).Status, Is.EqualTo(expected));

    [Test]
    public void Three_a_week_for_four_weeks_is_twelve_visits_and_not_met() =>
        Assert.That(Evaluate(new RequestDetails { TimesPerWeek = 3, DurationWeeks = 4 }).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_stated_number_is_not_documented() =>
        Assert.That(Evaluate(new RequestDetails()).Status, Is.EqualTo(CriterionStatus.NotDocumented));

    // "Physical therapy 1 to 2 times per week for 6 weeks": judged at its upper bound, 12 visits, and the explanation says so.
    [Test]
    public void A_range_judged_at_its_upper_bound_says_so()
    {
        var result = Evaluate(new RequestDetails { TimesPerWeek = 2, DurationWeeks = 6, RangesReadAtUpperBound = ["1 to 2 times"] });

        Assert.That((result.Status, result.Reason), Is.EqualTo((CriterionStatus.NotMet, "12 visits (\"1 to 2 times\" read at its upper bound) exceed the 10 the guideline allows.")));
    }

    [Test]
    public void A_reviewer_stating_the_visits_exceed_the_guideline_decides_the_criterion_not_met_quoting_the_rationale()
    {
        var result = Evaluate(new RequestDetails { Sessions = 6 }, Present(FactKind.VisitsExceedGuideline, "The requested amount of physical therapy is in excess of California chronic pain medical treatment guidelines.", "in excess of"));

        Assert.That(result.Status, Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(result.Evidence.Single().Kind, Is.EqualTo(FactKind.VisitsExceedGuideline));
    }

    [Test]
    public void A_reviewer_stating_the_visits_are_not_in_excess_of_the_guideline_decides_the_criterion_met() =>
        Assert.That(Evaluate(new RequestDetails { Sessions = 12 }, Denied(FactKind.VisitsExceedGuideline, "The requested amount of physical therapy is not in excess of California chronic pain medical treatment guidelines for lumbar pain.")).Status,
            Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_documentation_of_why_the_visits_exceed_the_guideline_is_no_statement_that_they_do_not() =>
        Assert.That(Evaluate(new RequestDetails { Sessions = 12 }, Undocumented(FactKind.VisitsExceedGuideline, "There was no documentation explaining why physical therapy exceeding the guidelines is necessary.")).Status,
            Is.EqualTo(CriterionStatus.NotMet));
}

public class FunctionalImprovementForMoreVisitsTests : RuleFixture<FunctionalImprovementForMoreVisits>
{
    protected override string Request => "Additional physical therapy 6 sessions";

    private static readonly Fact PriorCourse = Present(FactKind.PriorTherapySessions, "She completed 12 sessions of physical therapy.");

    [Test]
    public void Gains_from_earlier_sessions_are_met() =>
        Assert.That(StatusOf(PriorCourse, Present(FactKind.FunctionalImprovement, "Her range of motion and walking tolerance increased.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_improvement_from_earlier_sessions_is_not_met() =>
        Assert.That(StatusOf(PriorCourse, Denied(FactKind.FunctionalImprovement, "There was no functional improvement.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Earlier_sessions_without_their_effect_are_not_documented() =>
        Assert.That(StatusOf(PriorCourse), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void A_first_course_is_not_applicable() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}

public class PhysicalMedicineRemainderTests : RuleFixture<RemainderAfterInitialTrial>
{
    protected override string Request => "Physical therapy to the low back two sessions";

    [Test]
    public void The_remainder_after_an_authorized_trial_is_not_met() =>
        Assert.That(StatusOf(GuidelineEngine.Rules.Mtus.Tests.Therapies.TherapyFacts.Remainder), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_whole_request_is_not_applicable() =>
        // Read from the heading: it cannot be "not documented".
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}

public class TreatmentGoalsTests : RuleFixture<TreatmentGoals>
{
    protected override string Request => "Physical therapy two times a week for three weeks for lumbar";

    [Test]
    public void No_stated_reason_is_not_met() =>
        Assert.That(StatusOf(Present(FactKind.TreatmentReasonNotStated, "The physician did not indicate the specific reason for the requested therapy.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Silence_about_goals_is_not_applicable() =>
        // Only an explicit statement that the reason was not given counts; silence cannot make it "not documented".
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}
