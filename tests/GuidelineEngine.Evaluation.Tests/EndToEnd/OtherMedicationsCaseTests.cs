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

        // The letter does not say whether Ambien is new or continued: the short-term limit is not documented either, never assumed met.
        Assert.That((evaluation.Topic, evaluation.Predicted, MedicationCase.Deciding(evaluation)),
            Is.EqualTo(("SleepAids", Determination.Upheld, "NonMTUS.ODG.SleepAids.InsomniaEvaluated, NonMTUS.ODG.SleepAids.ShortTermUse")));
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

    // From 1 December 2017 the ACOEM-based Chronic Pain and Opioids guidelines replace the CPMTG, whose criteria
    // the drug topics encode: such a request is left not covered rather than judged by a replaced edition.
    [TestCase("11/30/2017", "Opioids")]
    [TestCase("12/01/2017", null)]
    public void An_opioid_request_from_december_2017_is_not_judged_by_the_replaced_cpmtg(string denied, string? topic)
    {
        var letter = Pipeline.LetterWith(
            $"""
            The patient is a 52 year old male with chronic low back pain. He has been taking Norco 10/325 mg for a year.
            The utilization review denied the request for Norco 10/325mg #60 on {denied}.
            """,
            "Norco 10/325mg #60");

        var evaluation = Pipeline.Evaluate(letter, EvaluationMode.Prescreen).Single();

        Assert.That(evaluation.Predicted == Determination.NotCovered ? null : evaluation.Topic, Is.EqualTo(topic), evaluation.NotCoveredReason);
        Assert.That(evaluation.NotCoveredReason ?? string.Empty, topic is null ? Does.Contain("2017 edition") : Is.Empty);
    }

    // The Opioid Treatment Guideline 2016 applies to requests from 28 July 2016; before it no encoded criterion
    // judges post-operative opioids.
    [TestCase("07/27/2016", false)]
    [TestCase("07/28/2016", true)]
    public void Post_operative_opioids_are_judged_by_the_opioid_treatment_guideline_from_28_july_2016(string denied, bool judged)
    {
        var letter = Pipeline.LetterWith(
            $"""
            The patient is a 50 year old female scheduled for right shoulder arthroscopy. The utilization review denied
            the request for post-op Percocet 5/325mg #30 on {denied}.
            """,
            "Post-op Percocet 5/325mg #30");

        var evaluation = Pipeline.Evaluate(letter, EvaluationMode.Prescreen).Single();

        Assert.That(evaluation.Predicted != Determination.NotCovered, Is.EqualTo(judged), evaluation.NotCoveredReason);
        Assert.That(evaluation.Criteria.Select(c => c.Rule.Id), judged ? Has.Some.StartsWith("MTUS.OpioidTreatment.PostOperativeOpioids") : Is.Empty);
    }
}
