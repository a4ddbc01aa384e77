using GuidelineEngine.Testing;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

/// <summary>Therapy, modality, equipment and transport items of real dev letters, in pre-screen.</summary>
public class TherapiesCaseTests
{
    private static ItemEvaluation Item(string letter, int number) =>
        Pipeline.Evaluate(Pipeline.Read(Path.Combine(TestPaths.CorpusLetters, letter + ".txt")), EvaluationMode.Prescreen)
            .Single(e => e.Facts.ItemNumber == number);

    private static CriterionStatus StatusOf(ItemEvaluation item, string rule) =>
        item.Criteria.Single(c => c.Rule.Id == rule).Result.Status;

    [Test]
    public void Chiropractic_for_the_elbow_and_knee_is_predicted_upheld_on_the_body_region()
    {
        var item = Item("CM16-0243453", 3);

        Assert.That(item.Topic, Is.EqualTo("ManualTherapy"));
        Assert.That(StatusOf(item, "MTUS.CPMTG.ManualTherapy.BodyRegion"), Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void A_referral_to_a_chiropractor_is_judged_as_manual_therapy_not_as_a_consultation()
    {
        var item = Item("CM16-0232182", 1);

        Assert.That(item.Topic, Is.EqualTo("ManualTherapy"));
        Assert.That(StatusOf(item, "MTUS.CPMTG.ManualTherapy.FunctionalImprovement"), Is.Not.EqualTo(CriterionStatus.Met));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void The_acupuncture_left_after_an_authorized_trial_is_predicted_upheld()
    {
        var item = Item("CM17-0007857", 1);

        Assert.That(item.Topic, Is.EqualTo("Acupuncture"));
        Assert.That(StatusOf(item, "MTUS.Acupuncture.Acupuncture.RemainderAfterInitialTrial"), Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void Electro_acupuncture_twice_a_week_for_six_weeks_exceeds_the_initial_trial()
    {
        var item = Item("CM16-0230651", 3);

        Assert.That(item.Topic, Is.EqualTo("Acupuncture"));
        Assert.That(StatusOf(item, "MTUS.Acupuncture.Acupuncture.InitialTrial"), Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void A_first_course_of_six_physical_therapy_visits_is_predicted_overturned()
    {
        // The UR sentence restating the request is no longer read as a course already had.
        var item = Item("CM17-0019907", 1);

        Assert.That(item.Topic, Is.EqualTo("PhysicalMedicine"));
        Assert.That(StatusOf(item, "MTUS.CPMTG.PhysicalMedicine.FunctionalImprovement"), Is.EqualTo(CriterionStatus.NotApplicable));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Overturned));
    }

    [Test]
    public void Physical_therapy_ordered_without_a_stated_reason_is_predicted_upheld()
    {
        var item = Item("CM16-0240900", 2);

        Assert.That(StatusOf(item, "MTUS.ACOEM.PhysicalMedicine.TreatmentGoals"), Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void Infrared_heat_in_the_clinic_is_predicted_upheld()
    {
        var item = Item("CM16-0230651", 4);

        Assert.That(item.Topic, Is.EqualTo("PassiveModality"));
        Assert.That(StatusOf(item, "MTUS.ACOEM.PassiveModality.HomeHeatOrCold"), Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void A_tens_unit_bought_without_a_home_trial_is_predicted_upheld()
    {
        var item = Item("CM17-0010021", 1);

        Assert.That(item.Topic, Is.EqualTo("Tens"));
        Assert.That(StatusOf(item, "MTUS.CPMTG.Tens.HomeTrialBeforePurchase"), Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void Biofeedback_without_cognitive_behavioural_therapy_is_predicted_upheld()
    {
        var item = Item("CM16-0235869", 6);

        Assert.That(item.Topic, Is.EqualTo("Biofeedback"));
        Assert.That(StatusOf(item, "MTUS.CPMTG.Biofeedback.WithinCbtProgram"), Is.EqualTo(CriterionStatus.NotDocumented));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void A_shower_chair_is_not_durable_medical_equipment_as_medicare_defines_it()
    {
        var item = Item("CM16-0249724", 3);

        Assert.That(item.Topic, Is.EqualTo("DurableMedicalEquipment"));
        Assert.That(StatusOf(item, "NonMTUS.ODG.DurableMedicalEquipment.MedicareDefinition"), Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void The_rest_of_a_wheelchair_rental_authorized_for_one_month_is_predicted_upheld()
    {
        var item = Item("CM16-0249724", 1);

        Assert.That(StatusOf(item, "NonMTUS.ODG.DurableMedicalEquipment.RentalReassessment"), Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void Elbow_braces_without_epicondylalgia_are_predicted_upheld()
    {
        var item = Item("CM16-0248471", 6);

        Assert.That(item.Topic, Is.EqualTo("Orthosis"));
        Assert.That(StatusOf(item, "MTUS.ACOEM.Orthosis.ElbowSupportIndication"), Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void A_cervical_pillow_without_an_exercise_programme_is_predicted_upheld()
    {
        var item = Item("CM16-0248471", 3);

        Assert.That(item.Topic, Is.EqualTo("Pillow"));
        Assert.That(StatusOf(item, "NonMTUS.ODG.Pillow.WithDailyExercise"), Is.EqualTo(CriterionStatus.NotDocumented));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void A_home_heat_pad_without_an_exercise_programme_is_predicted_upheld()
    {
        var item = Item("CM16-0245466", 7);

        Assert.That(item.Topic, Is.EqualTo("HomeHeatCold"));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }

    [Test]
    public void Transportation_without_a_disability_preventing_self_transport_is_predicted_upheld()
    {
        var item = Item("CM17-0009883", 1);

        Assert.That(item.Topic, Is.EqualTo("Transportation"));
        Assert.That(StatusOf(item, "NonMTUS.ODG.Transportation.SelfTransportDisability"), Is.EqualTo(CriterionStatus.NotDocumented));
        Assert.That(item.Predicted, Is.EqualTo(Determination.Upheld));
    }
}
