using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Electrocardiography;
using GuidelineEngine.Rules.Mtus.FollowUpVisits;
using GuidelineEngine.Rules.Mtus.FunctionalCapacityEvaluation;
using GuidelineEngine.Rules.Mtus.PsychologicalEvaluation;
using GuidelineEngine.Rules.Mtus.SpecialistReferral;
using GuidelineEngine.Rules.Mtus.UrineDrugTesting;

namespace GuidelineEngine.Rules.Mtus.Tests.Consultations;

public class ReasonForReferralTests : RuleFixture<ReasonForReferral>
{
    protected override string Request => "Neurosurgeon evaluation for the low back";

    [Test]
    public void A_progressive_neurological_deficit_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ReferralIndication, "He has a progressive neurological deficit in the left leg.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_red_flags_or_deficits_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ReferralIndication, "There are no red flag conditions noted.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_reason_given_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class OneVisitAtATimeTests : RuleFixture<OneVisitAtATime>
{
    protected override string Request => "Follow up office visit";

    [Test]
    public void One_visit_is_met() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Three_visits_at_once_are_not_met() =>
        Assert.That(Evaluate(new RequestDetails { Sessions = 3 }).Status, Is.EqualTo(CriterionStatus.NotMet));

    // Read from the request itself, so the criterion is never "not documented".
    [Test]
    public void A_heading_asking_for_two_visits_is_not_met() =>
        Assert.That(StatusOf(new Fact(FactKind.MultipleUnitsRequested, "times 2", Polarity.Present, SourceSection.ItemHeading, 0, 7, "times 2", "Follow up office visit times 2")), Is.EqualTo(CriterionStatus.NotMet));
}

public class WorkCapabilityTests : RuleFixture<WorkCapability>
{
    protected override string Request => "Functional capacity evaluation";

    [Test]
    public void Maximum_medical_improvement_is_met() =>
        Assert.That(StatusOf(Present(FactKind.WorkCapabilityQuestion, "The patient has reached maximum medical improvement.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_prior_unsuccessful_return_to_work_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.WorkCapabilityQuestion, "There was no indication the patient had prior unsuccessful return to work attempts.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_question_of_work_capability_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class NotAfterReturnToWorkTests : RuleFixture<NotAfterReturnToWork>
{
    protected override string Request => "Functional capacity evaluation";

    [Test]
    public void A_worker_back_at_work_is_not_met() =>
        Assert.That(StatusOf(Present(FactKind.ReturnToWork, "He has returned to work full duty.")), Is.EqualTo(CriterionStatus.NotMet));

    // Read from the work status; a worker not shown back at work is met, never "not documented".
    [Test]
    public void A_worker_off_work_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ReturnToWork, "He remains off work.")), Is.EqualTo(CriterionStatus.Met));
}

public class PsychologicalSymptomsTests : RuleFixture<PsychologicalSymptoms>
{
    protected override string Request => "Psychological evaluation";

    [Test]
    public void Depression_and_anxiety_are_met() =>
        Assert.That(StatusOf(Present(FactKind.PsychologicalSymptoms, "She reports symptoms of anxiety and depression.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Symptoms_denied_are_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.PsychologicalSymptoms, "He denies depression or anxiety.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_psychological_complaint_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class OpioidTherapyTests : RuleFixture<OpioidTherapy>
{
    protected override string Request => "Urine drug testing";

    [Test]
    public void A_patient_taking_norco_is_met() =>
        Assert.That(StatusOf(Taking("Norco", "Current medications include Norco 10/325 mg.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Aberrant_behaviour_is_met() =>
        Assert.That(StatusOf(Present(FactKind.AberrantBehavior, "There were early refill requests.")), Is.EqualTo(CriterionStatus.Met));

    // Not-met cannot arise from the letter: a medication list without opioids leaves the indication undocumented.
    [Test]
    public void Only_non_opioid_medication_is_not_documented() =>
        Assert.That(StatusOf(Taking("ibuprofen", "She takes ibuprofen.")), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class CardiacIndicationTests : RuleFixture<CardiacIndication>
{
    protected override string Request => "Electrocardiogram";

    [Test]
    public void Palpitations_are_met() =>
        Assert.That(StatusOf(Present(FactKind.CardiacSymptoms, "She complains of palpitations.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_chest_pain_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.CardiacSymptoms, "He denies chest pain.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_cardiac_complaint_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}
