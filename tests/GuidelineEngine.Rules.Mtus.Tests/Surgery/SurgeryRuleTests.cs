using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Surgery;

namespace GuidelineEngine.Rules.Mtus.Tests.Surgery;

public class ImagingLesionTests : RuleFixture<ImagingLesion>
{
    protected override string Request => "Right knee arthroscopy with medial meniscectomy";

    [Test]
    public void A_meniscal_tear_on_mri_is_met() =>
        Assert.That(StatusOf(Present(FactKind.SurgicalLesionOnImaging, "A left knee MRI documented a horizontal tear of the posterior horn of the medial meniscus.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Imaging_that_shows_no_lesion_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.SurgicalLesionOnImaging, "The MRI showed no tear.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_imaging_result_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class ClinicalFindingsTests : RuleFixture<ClinicalFindings>
{
    protected override string Request => "Right knee arthroscopy with medial meniscectomy";

    [Test]
    public void A_positive_mcmurray_sign_corroborates_the_imaging() =>
        Assert.That(StatusOf(Present(FactKind.SurgicalExamFinding, "The patient had medial joint line tenderness and a positive McMurray sign.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Negative_provocative_testing_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.SurgicalExamFinding, "The patient had negative provocative testing.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_examination_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class ActivityLimitationTests : RuleFixture<ActivityLimitation>
{
    protected override string Request => "Right shoulder arthroscopy with rotator cuff repair";

    [Test]
    public void Difficulty_with_daily_activities_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ActivityLimitation, "The patient had difficulties with activities of daily living.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Activities_stated_as_not_limited_are_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ActivityLimitation, "Her activities are not limited.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Silence_on_activities_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class ConservativeCareTests : RuleFixture<ConservativeCare>
{
    protected override string Request => "Right shoulder arthroscopy with rotator cuff repair";

    [Test]
    public void Therapy_that_did_not_help_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ConservativeCareFailure, "The patient has not seemed to improve with physical therapy.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Conservative_care_stated_as_helping_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ConservativeCareFailure, "Therapy has not failed; it continues to help.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_account_of_conservative_care_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void A_full_thickness_cuff_tear_is_repaired_without_waiting_on_conservative_care() =>
        Assert.That(StatusOf(Present(FactKind.FullThicknessTear, "The MRI revealed a full thickness tear of the supraspinatus tendon.")), Is.EqualTo(CriterionStatus.NotApplicable));
}

public class ProcedureSpecifiedTests : RuleFixture<ProcedureSpecified>
{
    protected override string Request => "Arthroscopy of the left knee";

    [Test]
    public void A_named_procedure_is_met() =>
        Assert.That(StatusOf(Heading(FactKind.SpecifiedProcedure, "meniscectomy")), Is.EqualTo(CriterionStatus.Met));

    // The heading always says what it requests, so the criterion cannot be "not documented":
    // an approach and a joint alone is a request that does not name the procedure.
    [Test]
    public void Only_an_approach_and_a_joint_is_not_met() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void A_procedure_named_only_in_the_summary_does_not_specify_the_request() =>
        Assert.That(StatusOf(Present(FactKind.SpecifiedProcedure, "The provider recommended a meniscectomy.")), Is.EqualTo(CriterionStatus.NotMet));

    internal static Fact Heading(FactKind kind, string text) =>
        new(kind, text, Polarity.Present, SourceSection.ItemHeading, 0, text.Length, text, text);
}
