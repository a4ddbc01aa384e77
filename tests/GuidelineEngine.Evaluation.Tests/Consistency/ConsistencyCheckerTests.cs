using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation.Consistency;
using GuidelineEngine.Evaluation.Tests.EndToEnd;
using GuidelineEngine.Facts;
using GuidelineEngine.Reading;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Evaluation.Tests.Consistency;

public class ConsistencyCheckerTests
{
    private static readonly LetterEvaluator Evaluator = Engine.Get<LetterEvaluator>();

    [Test]
    public void Seed_001s_pool_therapy_is_a_stated_finding_contradicted_by_the_record_quoting_both_sentences()
    {
        var item = Audit(TestPaths.Seed("001"), 5);

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.FindingContradictedByRecord));
        var finding = item.Consistency.Findings[0];
        Assert.Multiple(() =>
        {
            Assert.That(finding.Rule, Is.EqualTo("MTUS.CPMTG.AquaticTherapy.ReducedWeightBearing"));
            Assert.That(finding.RationaleSentence, Does.Contain("no indication in the documentation that the injured worker is obese"));
            Assert.That(finding.RecordSentence, Does.Contain("hypertension, obesity, obstructive sleep apnea"));
        });
    }

    [Test]
    public void A_reviewer_stating_activity_limitation_the_summary_says_is_absent_is_contradicted_by_the_record()
    {
        var item = Audit(Corpus("CM17-0007142.txt"), 1);

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.FindingContradictedByRecord));
        Assert.That(item.Consistency.Findings[0].RecordSentence, Does.Contain("did not have diminished function"));
    }

    [Test]
    public void Cyclobenzaprine_upheld_although_the_rationale_states_the_criteria_met_is_an_outcome_against_stated_findings()
    {
        var item = Audit(Corpus("CM16-0234464.txt"), 5);

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.OutcomeAgainstFindings));
        Assert.That(item.Consistency.Findings[0].Message, Does.Contain("yet the denial was upheld"));
    }

    [Test]
    public void An_opioid_overturned_although_the_rationale_states_monitoring_not_documented_is_an_outcome_against_stated_findings()
    {
        var item = AuditMade(
            "The patient has taken Norco for chronic low back pain for a year. Pain is 8/10 without and 4/10 with it; she can walk and cook; no side effects; no aberrant behaviour.",
            "Norco 10/325mg #60",
            "Overturned",
            "Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): 78-80.",
            "There is no urine drug screen and no opioid agreement documented. The request is medically necessary.");

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.OutcomeAgainstFindings));
        Assert.That(item.Consistency.Findings[0].Message, Does.Contain("yet the denial was overturned"));
    }

    [Test]
    public void An_oral_nsaid_decided_on_the_topical_analgesics_section_is_a_guideline_mismatch()
    {
        var item = Audit(Corpus("CM17-0011517.txt"), 2);

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.GuidelineMismatch));
        Assert.That(item.Consistency.Findings[0].Message, Does.Contain("is for TopicalAnalgesics, not for the item's topic Nsaids"));
    }

    [Test]
    public void A_lidocaine_patch_decided_on_odg_alone_where_the_mtus_addresses_it_is_a_guideline_mismatch()
    {
        var item = Audit(Corpus("CM16-0243394.txt"), 2);

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.GuidelineMismatch));
        Assert.That(item.Consistency.Findings[0].Message, Does.StartWith("Decided on a guideline outside the MTUS"));
    }

    [Test]
    public void A_knee_mri_decided_in_the_low_back_chapter_is_a_guideline_mismatch()
    {
        var item = Audit(Corpus("CM16-0249320.txt"), 1);

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.GuidelineMismatch));
        Assert.That(item.Consistency.Findings[0].Message, Does.Contain("chapter for low back"));
    }

    [Test]
    public void A_muscle_relaxant_decided_on_the_opioid_pages_is_a_guideline_mismatch()
    {
        var item = AuditMade(
            "The patient has low back pain with spasm after a flare-up two weeks ago.",
            "Cyclobenzaprine 7.5mg #20",
            "Upheld",
            "Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 78-80.",
            "There is no documentation of a flare-up.");

        Assert.That(item.Consistency!.Findings.Select(f => f.Class), Does.Contain(ConsistencyClass.GuidelineMismatch));
        Assert.That(item.Consistency.Findings.First(f => f.Class == ConsistencyClass.GuidelineMismatch).Message,
            Does.Contain("Opioids").And.Contain("not for the item's topic MuscleRelaxants"));
    }

    [Test]
    public void A_facet_injection_upheld_on_the_findings_the_rationale_states_is_consistent()
    {
        var item = Audit(Corpus("CM16-0219557.txt"), 1);

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.Consistent));
    }

    [Test]
    public void Sessions_the_rationale_states_completed_are_a_stated_finding_of_the_criterion_they_make_apply_though_it_cites_only_the_record()
    {
        var item = AuditMade(
            "The patient has chronic low back pain. Function has improved with therapy; she walks farther.",
            "Physical therapy 2 times a week for 3 weeks, lumbar spine",
            "Overturned",
            "Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, Page(s): 98-99.",
            "The patient has completed 6 sessions of physical therapy. The request is medically necessary.");

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.Consistent));
    }

    [Test]
    public void A_rationale_finding_that_changes_no_criterion_leaves_the_item_not_judged_naming_what_it_states()
    {
        var item = AuditMade(
            "The patient has taken Norco for chronic low back pain for a year.",
            "Norco 10/325mg #60",
            "Upheld",
            "Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): 78-80.",
            "The patient is obese. The request is not medically necessary.");

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.NotJudged));
        Assert.That(item.Consistency.Findings[0].Message, Does.Contain("what it states (obesity) would not change any of the Opioids criteria"));
    }

    [Test]
    public void A_lumbar_mri_overturned_though_the_rationale_states_no_red_flag_and_no_neurological_dysfunction_is_an_outcome_against_stated_findings()
    {
        var item = AuditMade(
            "The patient has had low back pain for three months despite physical therapy.",
            "MRI of the lumbar spine",
            "Overturned",
            "Decision based on MTUS ACOEM Low Back Complaints, Special Studies, Page(s): 303-304.",
            "There is no evidence of red flags for serious spinal pathology. There is no documentation of neurological dysfunction. The request is medically necessary.");

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.OutcomeAgainstFindings));
        Assert.That(item.Consistency.Findings[0].RationaleSentence, Does.Contain("red flags").Or.Contain("neurological dysfunction"));
    }

    [Test]
    public void A_shoulder_brace_upheld_where_the_rationale_states_the_surgery_not_medically_necessary_is_consistent_quoting_nothing_against_it()
    {
        var item = Audit(Corpus("CM17-0006797.txt"), 3);

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.Consistent));
        Assert.That(item.Evaluation.Criteria.Single(c => c.Rule.Id.EndsWith(".PrimarySurgery", StringComparison.Ordinal)).Result.Evidence.Single().Section, Is.EqualTo(SourceSection.Rationale));
    }

    [Test]
    public void An_item_no_topic_covers_is_not_judged()
    {
        var item = Audit(Corpus("CM17-0014944.txt"), 1);

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.NotJudged));
        Assert.That(item.Consistency.Findings[0].Message, Does.StartWith("Not covered"));
    }

    [Test]
    public void A_rationale_that_states_no_finding_the_rules_read_is_not_judged()
    {
        var item = AuditMade(
            "The patient has taken Norco for chronic low back pain for a year.",
            "Norco 10/325mg #60",
            "Upheld",
            "Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): 78-80.",
            "The request is not medically necessary.");

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.NotJudged));
        Assert.That(item.Consistency.Findings[0].Message, Does.Contain("states no finding"));
    }

    [Test]
    public void A_page_line_with_a_run_of_digits_too_long_for_a_page_is_still_classified()
    {
        var item = AuditMade(
            "The patient has taken Norco for chronic low back pain for a year.",
            "Norco 10/325mg #60",
            "Upheld",
            "Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): 78-80, 123456789012.",
            "The request is not medically necessary.");

        Assert.That(item.Consistency!.Class, Is.EqualTo(ConsistencyClass.NotJudged));
    }

    [Test]
    public void Pages_are_read_from_lists_and_ranges_and_a_digit_run_longer_than_a_page_number_is_skipped() =>
        Assert.That(TopicCitations.ParsePages("43, 78-80; 123456789012, 99999-100000"), Is.EqualTo(new[] { 43, 78, 79, 80 }));

    [Test]
    public void Prescreen_mode_classifies_nothing()
    {
        var letter = Evaluator.Evaluate(new LetterReader().Read(TestPaths.Seed("001")), EvaluationMode.Prescreen);

        Assert.That(letter.Items.Select(i => i.Consistency), Is.All.Null);
    }

    private static string Corpus(string name) => Path.Combine(TestPaths.CorpusLetters, name);

    private static EvaluatedItem Audit(string path, int number) =>
        Evaluator.Evaluate(new LetterReader().Read(path), EvaluationMode.Audit).Items[number - 1];

    private static EvaluatedItem AuditMade(string summary, string request, string outcome, string maximus, string rationale) =>
        Evaluator.Evaluate(new LetterReader().ReadText("made.txt", Pipeline.LetterText(summary, request, outcome, maximus, rationale)), EvaluationMode.Audit).Items.Single();
}
