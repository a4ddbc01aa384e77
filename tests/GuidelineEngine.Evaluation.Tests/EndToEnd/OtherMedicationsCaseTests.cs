using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

/// <summary>Medication topics of which the dev corpus holds no item: synthetic letters in the seed layout.</summary>
public class OtherMedicationsCaseTests
{
    [Test]
    public void Gabapentin_for_radicular_numbness_is_predicted_overturned()
    {
        var letter = Pipeline.LetterWith(
            """
            The patient is a 48 year old male with low back pain radiating to the left leg with numbness and tingling
            in the L5 distribution. The treatment plan included a trial of an anti-epileptic drug. The utilization
            review denied the request for gabapentin 300mg #90 on 11/10/2016.
            """,
            "Gabapentin 300mg #90");

        var evaluation = Pipeline.Evaluate(letter, EvaluationMode.Prescreen).Single();

        Assert.That((evaluation.Topic, evaluation.Predicted), Is.EqualTo(("AntiEpileptics", Determination.Overturned)), MedicationCase.Deciding(evaluation));
    }

    [Test]
    public void Theramine_is_predicted_upheld_as_a_medical_food_not_recommended_for_chronic_pain()
    {
        var letter = Pipeline.LetterWith(
            """
            The patient is a 52 year old female with chronic neck pain. The utilization review denied the request
            for Theramine #120 on 12/01/2016.
            """,
            "Theramine #120");

        var evaluation = Pipeline.Evaluate(letter, EvaluationMode.Prescreen).Single();

        Assert.That((evaluation.Topic, evaluation.Predicted), Is.EqualTo(("MedicalFoods", Determination.Upheld)));
    }

    [Test]
    public void Zolpidem_without_a_described_sleep_disturbance_is_predicted_upheld()
    {
        var letter = Pipeline.LetterWith(
            """
            The patient is a 44 year old male with chronic low back pain. The utilization review denied the request
            for Ambien 10mg #30 on 12/01/2016.
            """,
            "Ambien 10mg #30");

        var evaluation = Pipeline.Evaluate(letter, EvaluationMode.Prescreen).Single();

        Assert.That((evaluation.Topic, evaluation.Predicted, MedicationCase.Deciding(evaluation)),
            Is.EqualTo(("SleepAids", Determination.Upheld, "NonMTUS.ODG.SleepAids.InsomniaEvaluated")));
    }

    [Test]
    public void Colace_with_opioid_therapy_is_predicted_overturned()
    {
        var letter = Pipeline.LetterWith(
            """
            The patient is a 60 year old male with chronic low back pain. Current medications include Norco 10/325 mg
            and Colace. He reports constipation. The utilization review denied the request for Colace 100mg #60 on
            12/01/2016.
            """,
            "Colace 100mg #60");

        var evaluation = Pipeline.Evaluate(letter, EvaluationMode.Prescreen).Single();

        Assert.That((evaluation.Topic, evaluation.Predicted), Is.EqualTo(("Laxatives", Determination.Overturned)));
    }

    [Test]
    public void A_toradol_injection_is_left_to_the_injection_topics()
    {
        var letter = Pipeline.LetterWith(
            """
            The patient is a 40 year old male with an acute flare-up of low back pain. The utilization review denied
            the request for a Toradol 60mg injection on 12/01/2016.
            """,
            "Toradol 60mg injection");

        var evaluation = Pipeline.Evaluate(letter, EvaluationMode.Prescreen).Single();

        Assert.That(evaluation.Topic, Is.Not.EqualTo("Nsaids"));
    }
}
