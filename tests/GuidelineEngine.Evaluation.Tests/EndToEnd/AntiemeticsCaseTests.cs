using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

public class AntiemeticsCaseTests
{
    // The reviewer found Zofran reasonable after the shoulder surgery (which IMR supported) and upheld only because
    // the request gave no quantity. The engine predicts that surgery not supported, so Zofran follows it: the
    // prediction agrees for another reason than the reviewer's (reported in the closing note).
    [Test]
    public void Post_operative_zofran_follows_the_surgery_it_is_for_which_is_predicted_not_supported()
    {
        // CM16-0246487: the Bankart repair (item 1) is predicted Upheld, its summary naming no imaging;
        // an anti-emetic for after that surgery is then not supported either.
        var evaluation = MedicationCase.Item("CM16-0246487.txt", 6);

        Assert.That(evaluation.Topic, Is.EqualTo("Antiemetics"));
        Assert.That(evaluation.Criteria.Single().Result.Status, Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(evaluation.Criteria.Single().Result.Reason, Does.Contain("Bankart repair"));
    }
}
