using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.JointInjections;
using GuidelineEngine.Rules.Mtus.KetorolacInjection;
using GuidelineEngine.Rules.Mtus.PlateletRichPlasma;
using GuidelineEngine.Rules.Mtus.RadiofrequencyAblation;
using GuidelineEngine.Rules.Mtus.TriggerPointInjections;
using GuidelineEngine.Rules.Mtus.Viscosupplementation;

namespace GuidelineEngine.Rules.Mtus.Tests.Injections;

public class DiagnosticBlockFirstTests : RuleFixture<DiagnosticBlockFirst>
{
    protected override string Request => "Radiofrequency ablation L4-5, L5-S1";

    [Test]
    public void A_positive_medial_branch_block_is_met() =>
        Assert.That(StatusOf(Present(FactKind.DiagnosticBlockResponse, "The medial branch blocks gave 80% relief.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_negative_block_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.DiagnosticBlockResponse, "There was no positive response to the medial branch blocks.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_diagnostic_block_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class TriggerPointsOnExamTests : RuleFixture<TriggerPointsOnExam>
{
    protected override string Request => "Trigger point injections to the upper trapezius";

    [Test]
    public void A_twitch_response_is_met() =>
        Assert.That(StatusOf(Present(FactKind.TriggerPointFindings, "Palpation produced a twitch response with referred pain.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_trigger_points_on_palpation_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.TriggerPointFindings, "No trigger points were noted.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Tenderness_alone_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class FailedMedicalManagementTests : RuleFixture<FailedMedicalManagement>
{
    protected override string Request => "Trigger point injections to the upper trapezius";

    [Test]
    public void Pain_despite_stretching_and_therapy_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ConservativeCareFailed, "Pain persisted despite physical therapy.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Conservative_care_not_tried_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ConservativeCareFailed, "She has not failed conservative treatment.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_said_of_earlier_care_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class NoRadiculopathyTests : RuleFixture<NoRadiculopathy>
{
    protected override string Request => "Trigger point injections to the lumbar paraspinals";

    [Test]
    public void Radiculopathy_on_exam_is_not_met() =>
        Assert.That(StatusOf(Present(FactKind.RadiculopathyExamFinding, "Straight leg raise was positive on the left.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Radiculopathy_on_testing_is_not_met() =>
        Assert.That(StatusOf(Present(FactKind.RadiculopathyCorroborated, "EMG showed a chronic L5 radiculopathy.")), Is.EqualTo(CriterionStatus.NotMet));

    // The guideline asks that radiculopathy be absent; none documented is met, so never "not documented".
    [Test]
    public void No_radiculopathy_documented_is_met() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.Met));
}

public class TriggerPointRepeatAfterReliefTests : RuleFixture<Rules.Mtus.TriggerPointInjections.RepeatAfterRelief>
{
    protected override string Request => "Repeat trigger point injections";

    private static readonly Fact Prior = Present(FactKind.PriorInjection, "He had prior trigger point injections in May.");

    // CPMTG p. 122: greater than 50% relief for six weeks.
    [TestCase("They gave 60% relief for 6 weeks.", CriterionStatus.Met)]
    [TestCase("They gave 30% relief for 6 weeks.", CriterionStatus.NotMet)]
    [TestCase("They gave 60% relief for 3 weeks.", CriterionStatus.NotMet)]
    public void The_last_injections_relief_is_judged_against_six_weeks(string sentence, CriterionStatus expected) =>
        Assert.That(StatusOf(Prior, Present(FactKind.PriorInjectionRelief, sentence)), Is.EqualTo(expected));

    [Test]
    public void A_prior_injection_without_its_relief_is_not_documented() =>
        Assert.That(StatusOf(Prior), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class AfterConservativeCareTests : RuleFixture<AfterConservativeCare>
{
    protected override string Request => "Cortisone injection to the right shoulder";

    [Test]
    public void Pain_despite_therapy_and_nsaids_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ConservativeCareFailed, "Pain persisted despite physical therapy and NSAIDs.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_conservative_care_yet_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ConservativeCareFailed, "There is no evidence the patient has failed conservative care.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_said_of_earlier_care_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class PlateletRichPlasmaIndicationTests : RuleFixture<Indication>
{
    protected override string Request => "Platelet-rich plasma injection to the right knee";

    private static readonly RequestDetails Knee = new() { BodyParts = ["knee"] };

    [Test]
    public void Knee_osteoarthritis_is_met() =>
        Assert.That(Evaluate(Knee, Present(FactKind.Osteoarthritis, "X-rays showed osteoarthritis of the right knee.")).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Refractory_patellar_tendinosis_is_met() =>
        Assert.That(Evaluate(Knee, Present(FactKind.PatellarTendinopathy, "She has patellar tendinosis.")).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_knee_sprain_alone_is_not_documented() =>
        Assert.That(Evaluate(Knee).Status, Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Another_body_part_is_not_applicable() =>
        Assert.That(Evaluate(new RequestDetails { BodyParts = ["elbow"] }).Status, Is.EqualTo(CriterionStatus.NotApplicable));
}

public class PlateletRichPlasmaFailedConservativeCareTests : RuleFixture<Rules.Mtus.PlateletRichPlasma.FailedConservativeCare>
{
    protected override string Request => "Platelet-rich plasma injection to the right knee";

    [Test]
    public void Failed_conservative_care_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ConservativeCareFailed, "She failed conservative treatment.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Conservative_care_not_failed_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ConservativeCareFailed, "There is no evidence the patient has failed conservative care.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_said_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class KneeOsteoarthritisTests : RuleFixture<KneeOsteoarthritis>
{
    protected override string Request => "Synvisc-One injection to the left knee";

    [Test]
    public void Knee_osteoarthritis_is_met() =>
        Assert.That(Evaluate(new RequestDetails { BodyParts = ["knee"] }, Present(FactKind.Osteoarthritis, "She has severe osteoarthritis of the left knee.")).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Another_joint_is_not_met() =>
        Assert.That(Evaluate(new RequestDetails { BodyParts = ["shoulder"] }, Present(FactKind.Osteoarthritis, "Shoulder osteoarthritis.")).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Knee_pain_without_osteoarthritis_is_not_documented() =>
        Assert.That(Evaluate(new RequestDetails { BodyParts = ["knee"] }).Status, Is.EqualTo(CriterionStatus.NotDocumented));
}

public class ViscosupplementationFailedConservativeCareTests : RuleFixture<Rules.Mtus.Viscosupplementation.FailedConservativeCare>
{
    protected override string Request => "Synvisc-One injection to the left knee";

    [Test]
    public void A_failed_steroid_injection_is_met() =>
        Assert.That(StatusOf(Present(FactKind.SteroidInjectionFailed, "A cortisone injection gave only temporary relief.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Conservative_care_not_failed_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ConservativeCareFailed, "She has not failed conservative treatment.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Nothing_said_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class NotForChronicPainTests : RuleFixture<NotForChronicPain>
{
    protected override string Request => "Toradol 60mg IM injection";

    [Test]
    public void An_acute_flare_up_is_met() =>
        Assert.That(StatusOf(Present(FactKind.AcuteExacerbation, "He presented with an acute flare-up of low back pain.")), Is.EqualTo(CriterionStatus.Met));

    // The absence of an acute episode is the finding itself (chronic pain), so never "not documented".
    [Test]
    public void Chronic_pain_without_a_flare_up_is_not_met() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotMet));
}
