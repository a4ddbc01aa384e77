using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

public class AntiemeticsCaseTests
{
    // The reviewer found Zofran reasonable for use after the supported shoulder surgery and upheld the denial only
    // because the request gave no quantity, a ground no guideline criterion states: the engine predicts the
    // indication met (a known disagreement, reported).
    [Test]
    public void Post_operative_zofran_meets_the_approved_post_operative_use()
    {
        var evaluation = MedicationCase.Item("CM16-0246487.txt", 6);

        Assert.That(evaluation.Topic, Is.EqualTo("Antiemetics"));
        Assert.That(evaluation.Criteria.Single().Result.Status, Is.EqualTo(CriterionStatus.Met));
    }
}
