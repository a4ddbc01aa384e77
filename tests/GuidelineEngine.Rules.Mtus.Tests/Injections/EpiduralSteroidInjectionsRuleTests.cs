using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.EpiduralSteroidInjections;

namespace GuidelineEngine.Rules.Mtus.Tests.Injections;

public class RadiculopathyOnExamTests : RuleFixture<RadiculopathyOnExam>
{
    protected override string Request => "Lumbar epidural steroid injection at L4-5";

    [Test]
    public void A_dermatomal_sensory_deficit_on_exam_is_met() =>
        Assert.That(StatusOf(Present(FactKind.RadiculopathyExamFinding, "There was decreased sensation in the left L5 dermatome.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_normal_neurological_exam_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.RadiculopathyExamFinding, "Straight leg raise was negative and there was no motor weakness.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Radicular_symptoms_without_an_exam_finding_are_not_documented() =>
        Assert.That(StatusOf(Present(FactKind.Radiculopathy, "He complained of radicular symptoms in both legs.")), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class CorroboratedTests : RuleFixture<Corroborated>
{
    protected override string Request => "Lumbar epidural steroid injection at L4-5";

    [Test]
    public void Nerve_root_compression_on_mri_is_met() =>
        Assert.That(StatusOf(Present(FactKind.RadiculopathyCorroborated, "MRI showed a disc protrusion with compression of the left L5 nerve root.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Studies_stated_to_show_no_root_compromise_are_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.RadiculopathyCorroborated, "The MRI showed no nerve root compression.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void No_imaging_or_electrodiagnostic_result_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class FailedConservativeCareTests : RuleFixture<FailedConservativeCare>
{
    protected override string Request => "Lumbar epidural steroid injection at L4-5";

    [Test]
    public void Pain_despite_therapy_and_nsaids_is_met() =>
        Assert.That(StatusOf(Present(FactKind.ConservativeCareFailed, "Pain persisted despite physical therapy and NSAIDs.")), Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void Conservative_care_not_yet_tried_is_not_met() =>
        Assert.That(StatusOf(Denied(FactKind.ConservativeCareFailed, "He has not failed conservative treatment.")), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Medication_alone_listed_is_not_documented() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotDocumented));
}

public class EpiduralRepeatAfterReliefTests : RuleFixture<RepeatAfterRelief>
{
    protected override string Request => "Repeat lumbar epidural steroid injection at L5-S1";

    private static readonly Fact Prior = Present(FactKind.PriorInjection, "She underwent a lumbar epidural steroid injection in June 2016.");

    private static Fact Relief(string sentence) => Present(FactKind.PriorInjectionRelief, sentence);

    // CPMTG p. 46: at least 50% pain relief for six to eight weeks.
    [TestCase("She reported 60% relief for 8 weeks.", CriterionStatus.Met)]
    [TestCase("She reported 50% relief for 6 weeks.", CriterionStatus.Met)]
    [TestCase("She reported 40% relief for 8 weeks.", CriterionStatus.NotMet)]
    [TestCase("She reported 70% relief for 2 weeks.", CriterionStatus.NotMet)]
    [TestCase("She reported 70% relief for two months.", CriterionStatus.Met)]
    [TestCase("She reported 70% relief.", CriterionStatus.NotDocumented)]
    public void The_relief_from_the_last_block_is_judged_against_fifty_percent_for_six_weeks(string sentence, CriterionStatus expected) =>
        Assert.That(StatusOf(Prior, Relief(sentence)), Is.EqualTo(expected));

    [Test]
    public void A_prior_block_without_its_relief_is_not_documented() =>
        Assert.That(StatusOf(Prior), Is.EqualTo(CriterionStatus.NotDocumented));

    [Test]
    public void A_first_injection_is_not_a_repeat() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.NotApplicable));
}

public class NoSeriesOrExtraLevelsTests : RuleFixture<NoSeriesOrExtraLevels>
{
    protected override string Request => "Lumbar epidural steroid injections, series of three";

    [Test]
    public void A_series_of_three_is_not_met() =>
        Assert.That(StatusOf(InjectionTestFacts.Heading(FactKind.InjectionSeries, Request)), Is.EqualTo(CriterionStatus.NotMet));

    [Test]
    public void Three_levels_are_not_met() =>
        Assert.That(StatusOf(InjectionTestFacts.Heading(FactKind.ThreeOrMoreSpinalLevels, "Transforaminal ESI L3-4, L4-5, L5-S1")), Is.EqualTo(CriterionStatus.NotMet));

    // Read from the request itself, so the criterion is never "not documented".
    [Test]
    public void A_single_injection_at_one_level_is_met() =>
        Assert.That(StatusOf(), Is.EqualTo(CriterionStatus.Met));
}
