using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

/// <summary>
/// Surgeries from real dev letters and the services that follow them, evaluated as the product
/// evaluates a request: the surgery first, then its services, which read its prediction.
/// </summary>
public class SurgeryCaseTests
{
    private static IReadOnlyList<ItemEvaluation> Request(string caseNumber, EvaluationMode mode = EvaluationMode.Prescreen) =>
        Pipeline.Evaluator.EvaluateRequest(Pipeline.Extractor.ExtractAll(Pipeline.Read(Path.Combine(TestPaths.CorpusLetters, caseNumber + ".txt")), mode));

    private static CriterionResult Criterion(ItemEvaluation evaluation, string id) =>
        evaluation.Criteria.Single(c => c.Rule.Id == id).Result;

    [Test]
    public void A_full_thickness_cuff_tear_with_weakness_and_job_limitation_is_predicted_overturned()
    {
        var surgery = Request("CM17-0007142")[0];

        Assert.That(surgery.Topic, Is.EqualTo("Surgery"));
        Assert.That(Criterion(surgery, "MTUS.ACOEM.Surgery.ConservativeCare").Status, Is.EqualTo(CriterionStatus.NotApplicable));
        Assert.That(Criterion(surgery, "MTUS.ACOEM.Surgery.ImagingLesion").Status, Is.EqualTo(CriterionStatus.Met));
        Assert.That(surgery.Predicted, Is.EqualTo(Determination.Overturned));
    }

    [Test]
    public void A_knee_arthroscopy_without_failed_conservative_care_is_predicted_upheld()
    {
        var surgery = Request("CM17-0002892")[0];

        Assert.That(surgery.Topic, Is.EqualTo("Surgery"));
        Assert.That(Criterion(surgery, "MTUS.ACOEM.Surgery.ConservativeCare").Status, Is.EqualTo(CriterionStatus.NotDocumented));
        Assert.That(surgery.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void An_arthroscopy_that_names_no_procedure_is_predicted_upheld()
    {
        var surgery = Request("CM17-0015957")[0];

        Assert.That(Criterion(surgery, "MTUS.ACOEM.Surgery.ProcedureSpecified").Status, Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(surgery.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void The_services_of_a_surgery_predicted_upheld_are_predicted_upheld_naming_the_surgery()
    {
        var items = Request("CM17-0002892");
        var assistant = items[1];
        var therapy = items[2];

        Assert.That(items[0].Predicted, Is.EqualTo(Determination.Upheld));
        foreach (var service in new[] { assistant, therapy })
        {
            Assert.That(service.Topic, Is.EqualTo("AssociatedSurgicalServices"));
            var gate = Criterion(service, "MTUS.ACOEM.AssociatedSurgicalServices.PrimarySurgery");
            Assert.That(gate.Status, Is.EqualTo(CriterionStatus.NotMet));
            Assert.That(gate.Reason, Does.Contain("item 1 (Right knee arthroscopy with evaluation of ACL, medical meniscectomy)"));
            Assert.That(service.Predicted, Is.EqualTo(Determination.Upheld));
        }
    }

    [Test]
    public void A_seven_day_cryotherapy_unit_that_would_pass_on_its_own_follows_its_upheld_surgery()
    {
        var letter = Pipeline.Read(Path.Combine(TestPaths.CorpusLetters, "CM17-0006797.txt"));
        var facts = Pipeline.Extractor.ExtractAll(letter, EvaluationMode.Prescreen);
        var inRequest = Pipeline.Evaluator.EvaluateRequest(facts)[3];
        var alone = Pipeline.Evaluator.Evaluate(facts[3]);

        Assert.That(Criterion(inRequest, "NonMTUS.ODG.AssociatedSurgicalServices.ColdTherapy").Status, Is.EqualTo(CriterionStatus.Met));
        Assert.That(inRequest.Predicted, Is.EqualTo(Determination.Upheld));
        Assert.That(alone.Predicted, Is.EqualTo(Determination.Overturned));
    }

    [Test]
    public void The_services_of_a_surgery_predicted_overturned_are_judged_on_their_own_criteria()
    {
        var items = Request("CM17-0007142");

        Assert.That(items[0].Predicted, Is.EqualTo(Determination.Overturned));
        Assert.That(items.Skip(1).Select(i => Criterion(i, "MTUS.ACOEM.AssociatedSurgicalServices.PrimarySurgery").Status), Is.All.EqualTo(CriterionStatus.Met));

        // Assistant PA for a rotator cuff repair: a complex surgery (ODG, Surgical assistant).
        Assert.That(Criterion(items[1], "NonMTUS.ODG.AssociatedSurgicalServices.SurgicalAssistant").Status, Is.EqualTo(CriterionStatus.Met));
        Assert.That(items[1].Predicted, Is.EqualTo(Determination.Overturned));

        // Pre-operative EKG before an arthroscopy: low-risk surgery (ODG, Preoperative ECG).
        Assert.That(Criterion(items[3], "NonMTUS.ODG.AssociatedSurgicalServices.PreoperativeElectrocardiogram").Status, Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(items[3].Predicted, Is.EqualTo(Determination.Upheld));

        // Pre-operative BMP for a patient taking NSAIDs (ODG, Preoperative lab testing).
        Assert.That(Criterion(items[5], "NonMTUS.ODG.AssociatedSurgicalServices.PreoperativeMetabolicPanel").Status, Is.EqualTo(CriterionStatus.Met));
        Assert.That(items[5].Predicted, Is.EqualTo(Determination.Overturned));

        // Cold therapy unit with no stated duration (ODG: up to 7 days).
        Assert.That(Criterion(items[7], "NonMTUS.ODG.AssociatedSurgicalServices.ColdTherapy").Status, Is.EqualTo(CriterionStatus.NotDocumented));
        Assert.That(items[7].Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void Inpatient_rehabilitation_after_a_surgery_already_done_is_judged_on_its_own_criteria()
    {
        var rehab = Request("CM16-0229336")[0];

        Assert.That(rehab.Topic, Is.EqualTo("AssociatedSurgicalServices"));
        Assert.That(Criterion(rehab, "MTUS.ACOEM.AssociatedSurgicalServices.PrimarySurgery").Status, Is.EqualTo(CriterionStatus.NotApplicable));
        Assert.That(Criterion(rehab, "NonMTUS.ODG.AssociatedSurgicalServices.InpatientRehabilitation").Status, Is.EqualTo(CriterionStatus.Met));
        Assert.That(rehab.Predicted, Is.EqualTo(Determination.Overturned));
    }
}
