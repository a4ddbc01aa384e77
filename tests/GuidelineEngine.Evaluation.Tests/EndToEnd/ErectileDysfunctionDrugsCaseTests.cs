using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

public class ErectileDysfunctionDrugsCaseTests
{
    // The reviewer upheld the denial because the amount was not stated ("a 3 month supply is vague"), not for
    // want of an indication: the engine finds the indication met (a known disagreement, reported).
    [Test]
    public void Viagra_for_documented_erectile_dysfunction_meets_its_labelled_indication_outside_the_mtus()
    {
        var evaluation = MedicationCase.Item("CM16-0221706.txt", 1);

        Assert.That(evaluation.Topic, Is.EqualTo("ErectileDysfunctionDrugs"));
        Assert.That(evaluation.Criteria.Single().Rule.IsMtus, Is.False);
        Assert.That(evaluation.Criteria.Single().Result.Status, Is.EqualTo(CriterionStatus.Met));
    }
}
