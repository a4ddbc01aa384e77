using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

public class AntidepressantsCaseTests
{
    [Test]
    public void Nortriptyline_for_headache_and_anxiety_without_neuropathic_pain_or_depression_is_predicted_upheld()
    {
        var evaluation = MedicationCase.Item("CM17-0008753.txt", 1);

        Assert.That((evaluation.Topic, evaluation.Predicted), Is.EqualTo(("Antidepressants", Determination.Upheld)));
        Assert.That(MedicationCase.Deciding(evaluation), Does.Contain("MTUS.CPMTG.Antidepressants.Indication"));
    }

    [Test]
    public void Venlafaxine_for_radicular_findings_alone_is_predicted_upheld_for_want_of_an_indication()
    {
        var evaluation = MedicationCase.Item("CM16-0248698.txt", 20);

        Assert.That((evaluation.Topic, evaluation.Predicted, MedicationCase.Deciding(evaluation)),
            Is.EqualTo(("Antidepressants", Determination.Upheld, "MTUS.CPMTG.Antidepressants.Indication")));
    }
}
