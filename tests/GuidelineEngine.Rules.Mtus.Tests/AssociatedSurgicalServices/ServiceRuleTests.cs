using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

namespace GuidelineEngine.Rules.Mtus.Tests.AssociatedSurgicalServices;

/// <summary>Facts of the item heading, which name the service requested.</summary>
internal static class HeadingFacts
{
    public static Fact Of(FactKind kind, string text) =>
        new(kind, text, Polarity.Present, SourceSection.ItemHeading, 0, text.Length, text, text);
}

public class InitialCourseTests : RuleFixture<InitialCourse>
{
    protected override string Request => "Associated surgical service: Physical therapy, times 12";

    private static readonly Fact Bankart = Present(FactKind.ShoulderRepairSurgery, "The request was for a left shoulder arthroscopy with Bankart repair.");
    private static readonly Fact Meniscectomy = Present(FactKind.KneeMeniscusSurgery, "The provider requested a right knee medial meniscectomy.");

    // MTUS Postsurgical Treatment Guidelines, 8 CCR 9792.24.3: dislocation of shoulder (Bankart), 24 visits; initial course half, 12.
    [Test]
    public void Twelve_visits_after_a_bankart_repair_are_within_the_initial_course_of_twelve() =>
        Assert.That(Evaluate(new RequestDetails { Sessions = 12 }, Bankart).Status, Is.EqualTo(CriterionStatus.Met));

    // 8 CCR 9792.24.3: derangement of meniscus, 12 visits over 12 weeks; initial course 6.
    [Test]
    public void Twelve_visits_after_a_meniscectomy_exceed_the_initial_course_of_six() =>
        Assert.That(Evaluate(new RequestDetails { TimesPerWeek = 2, DurationWeeks = 6 }, Meniscectomy).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Six_visits_after_a_meniscectomy_are_met() =>
        Assert.That(Evaluate(new RequestDetails { Sessions = 6 }, Meniscectomy).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void No_stated_number_of_visits_is_not_documented() =>
        Assert.That(Evaluate(new RequestDetails(), Bankart).Status, Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void Therapy_after_an_unidentified_surgery_is_not_documented() =>
        Assert.That(Evaluate(new RequestDetails { Sessions = 12 }).Status, Is.EqualTo(CriterionStatus.NotDocumented));
}

public class InitialCourseProcedureTests : RuleFixture<InitialCourse>
{
    protected override string Request => "Associated surgical service: Physical therapy, times 12";

    [Test]
    public void Therapy_whose_surgery_neither_the_request_nor_the_summary_names_says_the_surgery_is_not_stated()
    {
        var result = Evaluate(new RequestDetails { Sessions = 12 });

        Assert.That((result.Status, result.Reason.Contains("not stated", StringComparison.Ordinal)), Is.EqualTo((CriterionStatus.NotDocumented, true)));
    }

    // The reviewer's rationale is never where the request's surgery is read from, in either mode.
    [Test]
    public void A_surgery_named_only_in_the_rationale_is_not_the_procedure_the_therapy_follows()
    {
        const string sentence = "The patient is status post left shoulder Bankart repair.";
        var rationale = new Fact(FactKind.ShoulderRepairSurgery, sentence, Polarity.Present, SourceSection.Rationale, 0, sentence.Length, sentence, sentence);

        Assert.That(Evaluate(new RequestDetails { Sessions = 12 }, rationale).Status, Is.EqualTo(CriterionStatus.NotDocumented));
    }

    [Test]
    public void A_surgery_named_in_the_heading_sets_the_schedule()
    {
        var named = HeadingFacts.Of(FactKind.CarpalTunnelRelease, "Post-op physical therapy after carpal tunnel release, 12 sessions");

        // 8 CCR 9792.24.3: carpal tunnel release, 3-8 visits; initial course 4.
        Assert.That(Evaluate(new RequestDetails { Sessions = 12 }, named).Status, Is.EqualTo(CriterionStatus.NotMet));
    }
}

public class InitialCourseOtherServiceTests : RuleFixture<InitialCourse>
{
    protected override string Request => "Pre-operative medical clearance";

    [Test]
    public void The_therapy_schedule_does_not_apply_to_a_clearance() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}

public class SurgicalAssistantTests : RuleFixture<SurgicalAssistant>
{
    protected override string Request => "Assistant PA";

    [Test]
    public void An_assistant_for_a_rotator_cuff_repair_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ShoulderRepairSurgery, "The provider requested a rotator cuff repair.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void An_assistant_for_a_meniscectomy_alone_is_not_met() =>
        Assert.That(StatusOf(Present(FactKind.KneeMeniscusSurgery, "The provider requested a medial meniscectomy.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void An_assistant_for_an_unidentified_surgery_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class PreoperativeClearanceTests : RuleFixture<PreoperativeClearance>
{
    protected override string Request => "Pre-operative medical clearance";

    // Reviewers citing ACOEM ch. 7 p. 127: "The patient is over 50 years of age. Due to this fact, a preoperative medical clearance would be appropriate."
    [Test]
    public void A_patient_of_58_is_met() =>
        Assert.That(StatusOf(Present(FactKind.PatientAge, "58", "58")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_patient_of_35_without_comorbidity_is_not_met() =>
        Assert.That(StatusOf(Present(FactKind.PatientAge, "35", "35")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_young_diabetic_patient_is_met() =>
        Assert.That(StatusOf(Present(FactKind.PatientAge, "35", "35"), Present(FactKind.CardiacRiskFactor, "He has diabetes mellitus.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Neither_age_nor_history_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class PreoperativeElectrocardiogramTests : RuleFixture<PreoperativeElectrocardiogram>
{
    protected override string Request => "Pre-operative EKG";

    private static readonly Fact Ekg = HeadingFacts.Of(FactKind.PreoperativeEcg, "EKG");

    [Test]
    public void An_ecg_before_arthroscopy_is_not_met() =>
        Assert.That(StatusOf(Ekg, Present(FactKind.ArthroscopicSurgery, "A right shoulder arthroscopy was requested."), Present(FactKind.CardiacRiskFactor, "He has diabetes.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void An_ecg_before_a_fusion_in_a_patient_with_coronary_disease_is_met() =>
        Assert.That(StatusOf(Ekg, Present(FactKind.LumbarFusion, "An L4-5 fusion was requested."), Present(FactKind.CardiacRiskFactor, "History of coronary artery disease.")), Is.EqualTo(CriterionStatus.Met));

    // ODG reserves the test for risk factors, so a record silent on them does not indicate it.
    [Test]
    public void An_ecg_without_a_risk_factor_is_not_met() =>
        Assert.That(StatusOf(Ekg), Is.EqualTo(CriterionStatus.NotMet));
}

public class PreoperativeLabTests
{
    private const string Cbc = "Pre-operative CBC";

    [Test]
    public void A_cbc_for_an_anemic_patient_is_met() =>
        Assert.That(new PreoperativeBloodCount().Evaluate(Facts(Cbc, HeadingFacts.Of(FactKind.PreoperativeBloodCount, "CBC"), Fact(FactKind.AnemiaRisk, "She has iron deficiency anemia."))).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_cbc_before_arthroscopy_without_anemia_risk_is_not_met() =>
        Assert.That(new PreoperativeBloodCount().Evaluate(Facts(Cbc, HeadingFacts.Of(FactKind.PreoperativeBloodCount, "CBC"))).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_bmp_for_a_patient_taking_nsaids_is_met() =>
        Assert.That(new PreoperativeMetabolicPanel().Evaluate(Facts("Pre-operative BMP", HeadingFacts.Of(FactKind.PreoperativeMetabolicPanel, "BMP"), Fact(FactKind.ElectrolyteRiskMedication, "The patient was currently taking nonsteroidal anti-inflammatory drugs."))).Status, Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_bmp_without_chronic_disease_or_such_medication_is_not_met() =>
        Assert.That(new PreoperativeMetabolicPanel().Evaluate(Facts("Pre-operative BMP", HeadingFacts.Of(FactKind.PreoperativeMetabolicPanel, "BMP"))).Status, Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Coagulation_studies_for_a_patient_on_warfarin_are_met() =>
        Assert.That(new PreoperativeCoagulation().Evaluate(Facts("Pre-operative PT/PTT", HeadingFacts.Of(FactKind.PreoperativeCoagulation, "PT/PTT"), Fact(FactKind.BleedingRisk, "He takes warfarin."))).Status, Is.EqualTo(CriterionStatus.Met));

    // ODG "reserves" coagulation studies: silence on bleeding risk is not met, never not documented.
    [Test]
    public void Coagulation_studies_without_a_bleeding_risk_are_not_met() =>
        Assert.That(new PreoperativeCoagulation().Evaluate(Facts("Pre-operative PT/PTT", HeadingFacts.Of(FactKind.PreoperativeCoagulation, "PT/PTT"))).Status, Is.EqualTo(CriterionStatus.NotMet));

    private static ItemFacts Facts(string request, params Fact[] facts) => RuleFixture<PreoperativeCoagulation>.Facts(request, new RequestDetails(), facts);

    private static Fact Fact(FactKind kind, string sentence) =>
        new(kind, sentence, Polarity.Present, SourceSection.Summary, 0, sentence.Length, sentence, sentence);
}

public class ColdTherapyTests : RuleFixture<ColdTherapy>
{
    protected override string Request => "Associated surgical service: Cold therapy unit";

    private static readonly Fact Unit = HeadingFacts.Of(FactKind.ColdTherapyDevice, "Cold therapy");

    // ODG Shoulder, Continuous-flow cryotherapy: "postoperative use generally may be up to 7 days".
    [Test]
    public void Seven_days_of_use_are_met() =>
        Assert.That(StatusOf(Unit, HeadingFacts.Of(FactKind.DaysOfUse, "seven day")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void One_week_counts_as_seven_days_and_is_met() =>
        Assert.That(StatusOf(Unit, HeadingFacts.Of(FactKind.DaysOfUse, "for one week")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Fourteen_days_are_not_met() =>
        Assert.That(StatusOf(Unit, HeadingFacts.Of(FactKind.DaysOfUse, "x14 days")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_stated_duration_is_not_documented() =>
        Assert.That(StatusOf(Unit), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class PostoperativeSupportTests : RuleFixture<PostoperativeSupport>
{
    protected override string Request => "Associated surgical service: Slingshot sling";

    private static readonly Fact Sling = HeadingFacts.Of(FactKind.PostoperativeSupport, "sling");

    [Test]
    public void A_sling_after_a_shoulder_repair_is_met() =>
        Assert.That(StatusOf(Sling, Present(FactKind.ShoulderRepairSurgery, "A Bankart repair was requested.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void An_abduction_sling_without_an_open_massive_cuff_repair_is_not_documented() =>
        Assert.That(StatusOf(Sling, HeadingFacts.Of(FactKind.AbductionSling, "Arc sling"), Present(FactKind.ShoulderRepairSurgery, "An arthroscopic rotator cuff repair was requested.")), Is.EqualTo(CriterionStatus.NotDocumented));

    // A sling or brace the guideline does not pair with the surgery is never refused outright:
    // the record may yet show the surgery it follows, so it is not documented rather than not met.
    [Test]
    public void A_brace_after_an_unidentified_surgery_is_not_documented() =>
        Assert.That(StatusOf(HeadingFacts.Of(FactKind.PostoperativeSupport, "brace")), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class ContinuousPassiveMotionTests : RuleFixture<ContinuousPassiveMotion>
{
    protected override string Request => "Post-op CPM for 14 days";

    private static readonly Fact Cpm = HeadingFacts.Of(FactKind.ContinuousPassiveMotion, "CPM");

    // ODG Knee, CPM: home use up to 17 days after total knee arthroplasty.
    [Test]
    public void Fourteen_days_after_a_knee_replacement_are_met() =>
        Assert.That(StatusOf(Cpm, HeadingFacts.Of(FactKind.DaysOfUse, "14 days"), Present(FactKind.KneeArthroplasty, "A total knee arthroplasty was requested.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Cpm_after_a_rotator_cuff_repair_is_not_met() =>
        Assert.That(StatusOf(Cpm, Present(FactKind.ShoulderRepairSurgery, "A rotator cuff repair was requested.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Cpm_after_a_knee_replacement_without_a_duration_is_not_documented() =>
        Assert.That(StatusOf(Cpm, Present(FactKind.KneeArthroplasty, "A total knee arthroplasty was requested.")), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class HomeHealthTests : RuleFixture<HomeHealth>
{
    protected override string Request => "Wound care nurse, 1-2 visits to evaluate right hip incision";

    private static readonly Fact Nurse = HeadingFacts.Of(FactKind.HomeHealthCare, "Wound care nurse");

    [Test]
    public void A_bed_bound_patient_with_an_incision_to_care_for_is_met() =>
        Assert.That(StatusOf(Nurse, Present(FactKind.FunctionalDependence, "The patient was unable to stand and was wheelchair/bed bound."), Present(FactKind.WoundCareNeed, "The patient needed care of the right hip incision.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_patient_who_walks_about_the_home_is_not_met() =>
        Assert.That(StatusOf(Nurse, Denied(FactKind.FunctionalDependence, "She is not homebound.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_homebound_patient_without_a_skilled_need_is_not_documented() =>
        Assert.That(StatusOf(Nurse, Present(FactKind.FunctionalDependence, "The patient was unable to stand and was wheelchair/bed bound.")), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class InpatientRehabilitationTests : RuleFixture<InpatientRehabilitation>
{
    protected override string Request => "Acute inpatient rehabilitation physical therapy and occupational therapy 7-10 days";

    private static readonly Fact Rehab = HeadingFacts.Of(FactKind.InpatientRehabilitation, "Acute inpatient rehabilitation");

    [Test]
    public void A_patient_unable_to_transfer_is_met() =>
        Assert.That(StatusOf(Rehab, Present(FactKind.FunctionalDependence, "He was not able to transfer independently.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_patient_stated_able_to_walk_is_not_met() =>
        Assert.That(StatusOf(Rehab, Denied(FactKind.FunctionalDependence, "He is no longer non-weight bearing.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_account_of_function_is_not_documented() =>
        Assert.That(StatusOf(Rehab), Is.EqualTo(CriterionStatus.NotDocumented));
}
