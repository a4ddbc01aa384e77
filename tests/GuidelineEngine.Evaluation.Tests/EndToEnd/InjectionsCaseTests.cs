using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

/// <summary>The injection topics on real dev letters and, where the dev set has no item of a kind, on a letter written for the test.</summary>
public class InjectionsCaseTests
{
    // Letter, item, topic, prediction, and the criterion that decides it (not met or not documented), from the reviewers' own reasons.
    [TestCase("CM17-0006287", 1, "EpiduralSteroidInjections", "MTUS.CPMTG.EpiduralSteroidInjections.FailedConservativeCare", TestName = "An_epidural_after_medication_alone_is_predicted_upheld_for_failed_conservative_care_not_documented")]
    [TestCase("CM17-0007151", 1, "EpiduralSteroidInjections", "MTUS.CPMTG.EpiduralSteroidInjections.RadiculopathyOnExam", TestName = "An_epidural_bundled_with_a_pain_consult_is_an_epidural_and_lacks_radiculopathy_on_exam")]
    [TestCase("CM16-0219557", 1, "FacetInjections", "MTUS.CPMTG.FacetInjections.NonRadicularPain", TestName = "Facet_injections_for_radicular_pain_are_predicted_upheld")]
    [TestCase("CM17-0012582", 3, "PlateletRichPlasma", "NonMTUS.ODG.PlateletRichPlasma.FailedConservativeCare", TestName = "Platelet_rich_plasma_before_conservative_care_has_failed_is_predicted_upheld")]
    [TestCase("CM17-0011992", 1, "PlateletRichPlasma", "NonMTUS.ODG.PlateletRichPlasma.FailedConservativeCare", TestName = "One_platelet_rich_plasma_injection_without_failed_conservative_care_is_predicted_upheld")]
    public void A_dev_injection_is_covered_by_its_topic_and_predicted_upheld(string letter, int item, string topic, string rule)
    {
        var evaluation = Pipeline.Evaluate(Pipeline.Read(Path.Combine(TestPaths.CorpusLetters, letter + ".txt")), EvaluationMode.Prescreen)
            .Single(e => e.Facts.ItemNumber == item);

        Assert.That(evaluation.Topic, Is.EqualTo(topic));
        Assert.That(evaluation.Predicted, Is.EqualTo(Determination.Upheld));
        Assert.That(evaluation.Criteria.Single(c => c.Rule.Id == rule).Result.Status, Is.EqualTo(CriterionStatus.NotMet).Or.EqualTo(CriterionStatus.NotDocumented));
    }

    [Test]
    public void A_knee_lidocaine_and_dexamethasone_injection_is_a_joint_injection_not_a_topical_drug()
    {
        var evaluation = Pipeline.Evaluate(Pipeline.Read(Path.Combine(TestPaths.CorpusLetters, "CM17-0012582.txt")), EvaluationMode.Prescreen)
            .Single(e => e.Facts.ItemNumber == 4);

        // The reviewer overturned it as an adjunct to therapy. The summary quotes the UR's finding that
        // conservative care was not tried: that is what UR said, not a clinical finding, so the criterion is
        // not documented rather than not met.
        Assert.That(evaluation.Topic, Is.EqualTo("JointInjections"));
        Assert.That(evaluation.Criteria.Single(c => c.Rule.Id == "MTUS.ACOEM.JointInjections.AfterConservativeCare").Result.Status, Is.EqualTo(CriterionStatus.NotDocumented));
    }

    // No dev item: letters written for the test.
    [TestCase("Trigger point injections to the upper trapezius", "TriggerPointInjections",
        "She has neck pain for 6 months. Palpation of the upper trapezius revealed trigger points with a twitch response and referred pain. Pain persisted despite physical therapy, stretching and NSAIDs.",
        Determination.Overturned)]
    [TestCase("Radiofrequency ablation L4-5, L5-S1", "RadiofrequencyAblation",
        "He has chronic axial low back pain with tenderness over the lumbar facets.", Determination.Upheld)]
    [TestCase("Synvisc-One injection to the left knee", "Viscosupplementation",
        "She has severe osteoarthritis of the left knee. A cortisone injection gave only temporary relief.", Determination.Overturned)]
    [TestCase("Toradol 60mg IM injection", "KetorolacInjection",
        "He has chronic low back pain since 2012 and takes ibuprofen.", Determination.Upheld)]
    public void An_injection_of_a_kind_without_a_dev_item_is_covered_by_its_topic(string request, string topic, string summary, Determination expected)
    {
        var evaluation = Pipeline.Evaluate(Pipeline.LetterWith(summary, request), EvaluationMode.Prescreen).Single();

        Assert.That(evaluation.Topic, Is.EqualTo(topic));
        Assert.That(evaluation.Predicted, Is.EqualTo(expected));
    }
}
