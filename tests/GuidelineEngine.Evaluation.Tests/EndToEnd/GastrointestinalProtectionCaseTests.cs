using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

public class GastrointestinalProtectionCaseTests
{
    [Test]
    public void Pantoprazole_alongside_naproxen_of_no_documented_benefit_is_predicted_upheld_despite_reflux()
    {
        var evaluation = MedicationCase.Item("CM16-0249170.txt", 1);

        Assert.That((evaluation.Topic, evaluation.Predicted, MedicationCase.Deciding(evaluation)),
            Is.EqualTo(("GastrointestinalProtection", Determination.Upheld, "MTUS.CPMTG.GastrointestinalProtection.ConcurrentNsaidSupported")));
    }
}
