using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

public class CompoundDrugsCaseTests
{
    [TestCase(9, "Deprizine")]
    [TestCase(10, "Fanatrex")]
    [TestCase(11, "Synapryn")]
    [TestCase(12, "Tabradol")]
    [TestCase(21, "Dicopanol")]
    public void A_compounded_oral_kit_without_pill_intolerance_or_first_line_failure_is_predicted_upheld_as_a_compound_drug(int number, string kit)
    {
        var evaluation = MedicationCase.Item("CM16-0248698.txt", number);

        Assert.That((evaluation.Topic, evaluation.Predicted), Is.EqualTo(("CompoundDrugs", Determination.Upheld)), kit);
        Assert.That(MedicationCase.Deciding(evaluation), Does.Contain("MTUS.CPMTG.CompoundDrugs.OralFormNotTolerated"));
    }
}
