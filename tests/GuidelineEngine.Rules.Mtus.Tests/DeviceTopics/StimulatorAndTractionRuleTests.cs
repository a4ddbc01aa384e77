using GuidelineEngine.Model;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.HWave;
using GuidelineEngine.Rules.Mtus.InterferentialCurrent;
using GuidelineEngine.Rules.Mtus.Traction;

namespace GuidelineEngine.Rules.Mtus.Tests.DeviceTopics;

public class HWaveAfterTensTests : RuleFixture<AfterConservativeCareAndTens>
{
    protected override string Request => "H-wave unit";

    [Test]
    public void A_failed_tens_trial_is_met() =>
        Assert.That(StatusOf(Present(FactKind.TensTrialCompleted, "He completed a TENS trial without benefit.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_tens_trial_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void A_tens_trial_stated_not_done_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.TensTrialCompleted, "She has not had a TENS trial.")), Is.EqualTo(CriterionStatus.NotMet));
}

public class HWaveAdjunctTests : RuleFixture<GuidelineEngine.Rules.Mtus.HWave.AdjunctToFunctionalRestoration>
{
    protected override string Request => "H-wave unit";

    [Test]
    public void A_programme_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ActiveRehabilitation, "He continues a home exercise program.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_programme_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void No_exercise_stated_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ActiveRehabilitation, "He is not doing any exercise program.")), Is.EqualTo(CriterionStatus.NotMet));
}

public class InterferentialNotIsolatedTests : RuleFixture<NotIsolated>
{
    protected override string Request => "Interferential unit";

    [Test]
    public void Exercise_alongside_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ActiveRehabilitation, "She continues a home exercise program.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Nothing_alongside_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Exercise_stated_absent_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ActiveRehabilitation, "She is not doing a home exercise program.")), Is.EqualTo(CriterionStatus.NotMet));
}

public class InterferentialPatientSelectionTests : RuleFixture<PatientSelection>
{
    protected override string Request => "Interferential unit";

    [Test]
    public void Medication_not_tolerated_is_met() =>
        Assert.That(StatusOf(Present(FactKind.MedicationReducedOrNotTolerated, "He does not tolerate oral medications.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Nothing_on_failed_care_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Medication_tolerated_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.MedicationReducedOrNotTolerated, "He does not report intolerance to medications.")), Is.EqualTo(CriterionStatus.NotMet));
}

public class LumbarTractionTests : RuleFixture<LumbarNotRecommended>
{
    protected override string Request => "Traction unit";

    [Test]
    public void Lumbar_traction_is_not_met() =>
        Assert.That(Evaluate(new RequestDetails { BodyParts = ["lumbar spine"] }).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Cervical_traction_is_not_applicable_here() =>
        // Whether traction is for the low back is read from the request: it cannot be "not documented".
        Assert.That(Evaluate(new RequestDetails { BodyParts = ["cervical spine"] }).Status, Is.EqualTo(CriterionStatus.NotApplicable));
}

public class CervicalHomeTractionTests : RuleFixture<CervicalHomeTraction>
{
    private static readonly RequestDetails Neck = new() { BodyParts = ["cervical spine"] };

    protected override string Request => "Home cervical traction unit for the cervical spine";

    [Test]
    public void Radicular_symptoms_with_home_exercise_are_met() =>
        Assert.That(Evaluate(Neck, Present(FactKind.Radiculopathy, "Pain radiates to the right arm."), Present(FactKind.ActiveRehabilitation, "He continues a home exercise program.")).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_radicular_symptoms_is_not_met() =>
        Assert.That(Evaluate(Neck, Denied(FactKind.Radiculopathy, "There is no radiculopathy.")).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Radicular_symptoms_without_home_exercise_are_not_documented() =>
        Assert.That(Evaluate(Neck, Present(FactKind.Radiculopathy, "Pain radiates to the right arm.")).Status, Is.EqualTo(CriterionStatus.NotDocumented));
}
