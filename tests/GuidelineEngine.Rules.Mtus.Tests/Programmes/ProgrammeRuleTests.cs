using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Biofeedback;
using GuidelineEngine.Rules.Mtus.FunctionalRestoration;
using GuidelineEngine.Rules.Mtus.Psychotherapy;
using GuidelineEngine.Rules.Mtus.WorkConditioning;
using static GuidelineEngine.Rules.Mtus.Tests.Therapies.TherapyFacts;

namespace GuidelineEngine.Rules.Mtus.Tests.Programmes;

public class BiofeedbackWithinCbtTests : RuleFixture<WithinCbtProgram>
{
    protected override string Request => "Four sessions of biofeedback";

    [Test]
    public void Biofeedback_within_cbt_is_met() =>
        Assert.That(StatusOf(Present(FactKind.CognitiveBehaviouralTherapy, "She has attended cognitive behavioral therapy for six weeks.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Biofeedback_alone_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void No_cbt_stated_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.CognitiveBehaviouralTherapy, "She has not had cognitive behavioral therapy.")), Is.EqualTo(CriterionStatus.NotMet));
}

public class PsychotherapyInitialTrialTests : RuleFixture<GuidelineEngine.Rules.Mtus.Psychotherapy.InitialTrial>
{
    protected override string Request => "Cognitive behavioral therapy";

    [TestCase(4, CriterionStatus.Met)]
    [TestCase(6, CriterionStatus.NotMet)]
    public void A_first_course_is_three_to_four_visits(int visits, CriterionStatus expected) =>
        // CPMTG p. 23: "initial trial of 3-4 psychotherapy visits over 2 weeks".
        Assert.That(Evaluate(new RequestDetails { Sessions = visits }).Status, Is.EqualTo(expected));

    [Test]
    public void No_count_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class PsychotherapyFunctionalImprovementTests : RuleFixture<GuidelineEngine.Rules.Mtus.Psychotherapy.FunctionalImprovement>
{
    protected override string Request => "Cognitive behavioral therapy";

    private static readonly Fact Prior = Present(FactKind.CognitiveBehaviouralTherapy, "He completed 4 sessions of cognitive behavioral therapy.");

    [Test]
    public void Gains_are_met() =>
        Assert.That(Evaluate(new RequestDetails { Sessions = 6 }, Prior, Present(FactKind.FunctionalImprovement, "Objective functional improvement was documented.")).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void More_than_ten_visits_are_not_met() =>
        // CPMTG p. 23: "total of up to 6-10 visits over 5-6 weeks".
        Assert.That(Evaluate(new RequestDetails { Sessions = 12 }, Prior, Present(FactKind.FunctionalImprovement, "Objective functional improvement was documented.")).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Earlier_visits_without_their_effect_are_not_documented() =>
        Assert.That(Evaluate(new RequestDetails { Sessions = 6 }, Prior).Status, Is.EqualTo(CriterionStatus.NotDocumented));
}

public class WorkConditioningAfterTherapyTests : RuleFixture<AfterPhysicalTherapyPlateau>
{
    protected override string Request => "Work conditioning";

    [Test]
    public void An_earlier_course_of_therapy_is_met() =>
        Assert.That(StatusOf(Present(FactKind.PriorTherapySessions, "He completed 12 sessions of physical therapy.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_earlier_therapy_stated_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.PriorTherapySessions, "There is no previous physical therapy.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_on_earlier_therapy_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class WorkConditioningWithinTwoYearsTests : RuleFixture<WithinTwoYears>
{
    protected override string Request => "Work hardening program";

    [TestCase(100, CriterionStatus.Met)]
    [TestCase(110, CriterionStatus.NotMet)]
    public void The_worker_is_at_most_two_years_from_the_injury(int weeks, CriterionStatus expected) =>
        // CPMTG pp. 125-126: "no more than 2 years past date of injury" (104 weeks).
        Assert.That(StatusOf(WeeksSinceInjury(weeks)), Is.EqualTo(expected));

    [Test]
    public void No_injury_date_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class FunctionalRestorationPreviousMethodsTests : RuleFixture<PreviousMethodsUnsuccessful>
{
    protected override string Request => "Functional restoration program";

    [Test]
    public void Failed_treatment_is_met() =>
        Assert.That(StatusOf(Present(FactKind.FailedOtherTreatments, "He failed conservative treatment.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Nothing_on_earlier_treatment_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Treatment_stated_not_failed_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.FailedOtherTreatments, "She has not failed conservative treatment.")), Is.EqualTo(CriterionStatus.NotMet));
}

public class FunctionalRestorationTrialLengthTests : RuleFixture<TrialLength>
{
    protected override string Request => "Functional restoration program";

    [Test]
    public void Two_weeks_are_met() =>
        Assert.That(Evaluate(new RequestDetails { TimesPerWeek = 5, DurationWeeks = 2 }).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Four_weeks_without_shown_efficacy_are_not_met() =>
        // CPMTG pp. 30-34: "not suggested for longer than 2 weeks without evidence of demonstrated efficacy".
        Assert.That(Evaluate(new RequestDetails { DurationWeeks = 4 }).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Thirty_sessions_are_not_met() =>
        // CPMTG pp. 30-34: "generally not exceed 20 full-day sessions".
        Assert.That(Evaluate(new RequestDetails { Sessions = 30 }).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_length_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}
