using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

public class PostOperativeOpioidsCaseTests
{
    [Test]
    public void Post_operative_percocet_without_a_quantity_is_judged_as_post_operative_pain_and_predicted_upheld()
    {
        var evaluation = MedicationCase.Item("CM16-0246487.txt", 5);

        Assert.That((evaluation.Topic, evaluation.Predicted), Is.EqualTo(("PostOperativeOpioids", Determination.Upheld)));
        Assert.That(MedicationCase.Deciding(evaluation), Does.Contain("MTUS.OpioidTreatment.PostOperativeOpioids.LimitedDuration")
            .And.Contain("MTUS.OpioidTreatment.PostOperativeOpioids.SupportedSurgery"), "no quantity stated, and the surgery it follows (item 1) is predicted not supported");
        Assert.That(evaluation.Criteria.Select(c => c.Rule.Id), Has.None.StartsWith("MTUS.CPMTG.Opioids"), "not judged as the start of chronic therapy");
    }
}
