using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

/// <summary>Imaging and electrodiagnostic items of real dev letters, read in prescreen mode.</summary>
public class DiagnosticsCaseTests
{
    private static ItemEvaluation Item(string letter, string heading) =>
        Pipeline.Evaluate(Pipeline.Read(Path.Combine(TestPaths.CorpusLetters, letter)), EvaluationMode.Prescreen)
            .Single(e => e.Facts.Request.Name == heading);

    private static CriterionStatus StatusOf(ItemEvaluation item, string rule) => item.Criteria.Single(c => c.Rule.Id == rule).Result.Status;

    [Test]
    public void A_lumbar_MRI_with_intact_neurology_is_predicted_upheld_for_want_of_nerve_compromise()
    {
        // CM17-0010364: "There was no sensory, motor weakness or reflex asymmetry in either of the lower extremities."
        var item = Item("CM17-0010364.txt", "MRI without dye to lumbar spine times 1");

        Assert.That(item.Topic, Is.EqualTo("LumbarImaging"));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
        Assert.That(StatusOf(item, "MTUS.ACOEM.LumbarImaging.Indication"), Is.Not.EqualTo(CriterionStatus.Met));
    }

    [Test]
    public void A_knee_MRI_with_an_effusion_and_a_suspected_meniscal_tear_is_predicted_overturned()
    {
        var item = Item("CM16-0240434.txt", "MRI of the right knee without contrast");

        Assert.That(item.Topic, Is.EqualTo("KneeImaging"));
        Assert.That(StatusOf(item, "MTUS.ACOEM.KneeImaging.Indication"), Is.EqualTo(CriterionStatus.Met));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Overturned));
    }

    [Test]
    public void A_shoulder_MRI_after_physical_therapy_without_change_is_predicted_overturned_on_failure_to_progress()
    {
        // CM17-0005589: "Records also indicate no changes in complaints" after "physical therapy".
        var item = Item("CM17-0005589.txt", "MRI of the right shoulder");

        Assert.That(item.Topic, Is.EqualTo("ShoulderImaging"));
        Assert.That(StatusOf(item, "MTUS.ACOEM.ShoulderImaging.Indication"), Is.EqualTo(CriterionStatus.Met));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Overturned));
    }

    [Test]
    public void A_head_CT_is_judged_by_the_ODG_as_a_non_MTUS_rule()
    {
        var item = Item("CM16-0247624.txt", "CT scan of head");

        Assert.That(item.Topic, Is.EqualTo("HeadImaging"));
        Assert.That(item.Criteria.Select(c => c.Rule.Id), Is.EqualTo(new[] { "NonMTUS.ODG.HeadImaging.Indication" }));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void A_nerve_conduction_study_for_median_numbness_of_six_weeks_is_predicted_overturned()
    {
        // CM16-0247287: numbness and hyposensorium of the left thumb and index finger, 6.9 weeks after the injury.
        var item = Item("CM16-0247287.txt", "NCS of the left upper extremity");

        Assert.That(item.Topic, Is.EqualTo("Electrodiagnostics"));
        Assert.That(StatusOf(item, "MTUS.CPMTG.Electrodiagnostics.StudyIndication"), Is.EqualTo(CriterionStatus.Met));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Overturned));
    }

    [Test]
    public void An_EMG_for_the_same_median_numbness_is_predicted_upheld_as_EMG_is_not_generally_necessary()
    {
        var item = Item("CM16-0247287.txt", "EMG of the left upper extremity");

        Assert.That(StatusOf(item, "MTUS.CPMTG.Electrodiagnostics.StudyIndication"), Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void Leg_nerve_conduction_studies_without_a_suspected_neuropathy_are_predicted_upheld()
    {
        var item = Item("CM17-0010006.txt", "NCV of the bilateral lower extremities, 2");

        Assert.That(StatusOf(item, "MTUS.CPMTG.Electrodiagnostics.StudyIndication"), Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void An_EMG_of_the_legs_where_imaging_and_examination_already_show_the_radiculopathy_is_predicted_upheld()
    {
        // CM17-0010006: MRI "contacting the exiting left L5 nerve root" with diminished L5-S1 sensation.
        var item = Item("CM17-0010006.txt", "EMG of the bilateral lower extremities");

        Assert.That(StatusOf(item, "MTUS.CPMTG.Electrodiagnostics.RadiculopathyNotAlreadyObvious"), Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }
}
