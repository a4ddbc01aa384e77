using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Extraction.Tests;

/// <summary>Who speaks in the clinical summary: the account of the UR decision is what UR said, not a clinical finding.</summary>
public class StatementRoleTests
{
    private static readonly FactExtractor Extractor = new();

    private static ItemFacts Read(string summary)
    {
        var seed = Letters.Seed("003");
        var item = seed.Items[0] with { Heading = "MRI of the lumbar spine: Upheld", Request = "MRI of the lumbar spine" };
        return Extractor.Extract(seed with { ClinicalSummary = summary, Items = [item] }, item, EvaluationMode.Prescreen);
    }

    [TestCase("UR non-certified the MRI as there was no documentation of red flags such as a compression fracture.")]
    [TestCase("The request was denied on 12/01/2016 because there was no documentation of red flags such as a compression fracture.")]
    [TestCase("In a utilization review report dated November 15, 2016, the claims administrator failed to approve the MRI, citing no red flags such as tumor.")]
    [TestCase("The prior determination dated 11/23/2016 found the MRI not medically necessary due to no evidence of a tumor.")]
    public void A_finding_stated_only_in_the_account_of_the_UR_decision_is_not_a_clinical_finding(string sentence)
    {
        var facts = Read(sentence);

        Assert.That((facts.Status(FactKind.ImagingRedFlag), facts.StatedByUtilizationReview(FactKind.ImagingRedFlag).Select(f => f.Role).Distinct()),
            Is.EqualTo((Polarity.NotMentioned, new[] { StatementRole.UtilizationReview })));
    }

    [Test]
    public void A_sentence_going_on_with_the_reasons_of_a_decision_is_still_what_UR_said() =>
        Assert.That(Read("Utilization review denied the MRI on 12/01/2016. It was noted that there were no neurologic deficits on examination.").Status(FactKind.ObjectiveNeuroDeficit),
            Is.EqualTo(Polarity.NotMentioned));

    [Test]
    public void A_finding_the_physician_reported_before_a_clause_about_the_decision_stays_a_clinical_finding() =>
        Assert.That(Read("Examination showed decreased sensation in the left L5 dermatome, which the prior reviewer did not consider.").Status(FactKind.ObjectiveNeuroDeficit),
            Is.EqualTo(Polarity.Present));

    [Test]
    public void The_expert_reviewers_own_summary_is_not_an_account_of_the_UR_decision() =>
        Assert.That(Read("The expert reviewer noted that the patient has decreased sensation in the left L5 dermatome.").Status(FactKind.ObjectiveNeuroDeficit),
            Is.EqualTo(Polarity.Present));

    [TestCase("On examination there was tenderness over the lumbar paraspinals with decreased sensation at L5.", StatementRole.Examination)]
    [TestCase("The treatment plan is an MRI of the lumbar spine to evaluate decreased sensation at L5.", StatementRole.Plan)]
    [TestCase("She has a history of decreased sensation at L5 after a fall in 2012.", StatementRole.History)]
    [TestCase("She reports decreased sensation in the left foot.", StatementRole.Report)]
    public void A_summary_sentence_is_told_apart_as_examination_plan_history_or_report(string sentence, StatementRole role) =>
        Assert.That(Read(sentence).Facts.Single(f => f.Kind == FactKind.ObjectiveNeuroDeficit).Role, Is.EqualTo(role));
}
