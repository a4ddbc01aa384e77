using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

public class PositiveCaseTests
{
    [Test]
    public void An_opioid_with_the_four_as_functional_gains_and_a_consistent_urine_screen_is_predicted_overturned()
    {
        var letter = Pipeline.LetterWith(
            """
            The patient is a 52 year old male injured on 03/14/2012. He has been taking Norco 10/325 mg since
            01/10/2014 for chronic low back pain. Pain is rated 8/10 without medication and 4/10 with medication.
            With the medication he is able to walk for 30 minutes and do household chores, and his function has
            improved. He denies side effects. There is no aberrant drug-taking behavior. A urine drug screen on
            08/01/2014 was consistent with the prescribed medications. The utilization review denied the request
            for Norco 10/325 mg #60 on 09/10/2014.
            """,
            "Norco 10/325mg #60");

        var evaluation = Pipeline.Evaluate(letter, EvaluationMode.Prescreen).Single();

        Assert.That(evaluation.Topic, Is.EqualTo("Opioids"));
        Assert.That(evaluation.Criteria.Where(c => c.Result.Status != CriterionStatus.NotApplicable).Select(c => (c.Rule.Id, c.Result.Status)), Is.EquivalentTo(new[]
        {
            ("MTUS.CPMTG.Opioids.FourAs", CriterionStatus.Met),
            ("MTUS.CPMTG.Opioids.FunctionalImprovement", CriterionStatus.Met),
            ("MTUS.CPMTG.Opioids.Monitoring", CriterionStatus.Met),
        }));
        Assert.That(evaluation.Predicted, Is.EqualTo(Determination.Overturned));
    }

    [Test]
    public void Ten_days_of_cyclobenzaprine_for_a_documented_flare_up_is_predicted_overturned()
    {
        var letter = Pipeline.LetterWith(
            """
            The patient is a 45 year old female with chronic low back pain from a 2013 injury. On 10/02/2014 she
            had an acute flare-up of low back pain with paraspinal muscle spasm on examination. Cyclobenzaprine
            7.5 mg was started on 10/02/2014 for a short course. The utilization review denied the request for
            cyclobenzaprine 7.5mg #20 on 10/12/2014.
            """,
            "Cyclobenzaprine 7.5mg #20");

        var evaluation = Pipeline.Evaluate(letter, EvaluationMode.Prescreen).Single();

        Assert.That(evaluation.Facts.RequestedDrugWeeks, Is.EqualTo(1));
        Assert.That(evaluation.Predicted, Is.EqualTo(Determination.Overturned));
    }

    [Test]
    public void The_same_opioid_without_the_urine_screen_lists_it_as_missing_documentation()
    {
        var letter = Pipeline.LetterWith(
            """
            He has been taking Norco 10/325 mg since 01/10/2014. Pain is 8/10 without medication and 4/10 with
            medication. He is able to walk and his function has improved. He denies side effects and aberrant
            behavior. The utilization review denied Norco on 09/10/2014.
            """,
            "Norco 10/325mg #60");

        var evaluation = Pipeline.Evaluate(letter, EvaluationMode.Prescreen).Single();

        Assert.That(evaluation.Predicted, Is.EqualTo(Determination.Upheld));
        Assert.That(evaluation.MissingDocumentation, Is.EqualTo(new[] { "a urine drug screen, an opioid agreement or a CURES/PDMP check" }));
    }
}
