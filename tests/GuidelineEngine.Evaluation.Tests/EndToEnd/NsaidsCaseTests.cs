using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

public class NsaidsCaseTests
{
    [TestCase("CM16-0245466.txt", 1)]
    [TestCase("CM16-0248698.txt", 19)]
    public void A_newly_started_nsaid_without_an_indication_the_cpmtg_names_is_predicted_upheld(string letter, int number)
    {
        var evaluation = MedicationCase.Item(letter, number);

        Assert.That((evaluation.Topic, evaluation.Predicted, MedicationCase.Deciding(evaluation)),
            Is.EqualTo(("Nsaids", Determination.Upheld, "MTUS.CPMTG.Nsaids.Indication")));
    }
}
