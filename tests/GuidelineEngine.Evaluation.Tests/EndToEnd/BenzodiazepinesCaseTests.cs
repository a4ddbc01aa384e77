using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

public class BenzodiazepinesCaseTests
{
    [Test]
    public void Diazepam_without_a_non_pain_indication_is_predicted_upheld()
    {
        var evaluation = MedicationCase.Item("CM16-0240524.txt", 1);

        Assert.That((evaluation.Topic, evaluation.Predicted), Is.EqualTo(("Benzodiazepines", Determination.Upheld)));
        Assert.That(MedicationCase.Deciding(evaluation), Does.Contain("NonMTUS.ODG.Benzodiazepines.NotForPain"));
    }
}
