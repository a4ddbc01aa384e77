using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;
using GuidelineEngine.Rules.Mtus.Surgery;

namespace GuidelineEngine.Rules.Mtus.Tests.AssociatedSurgicalServices;

public class PrimarySurgeryTests : RuleFixture<PrimarySurgery>
{
    private static readonly ItemFacts Item = Facts("Post-op physical therapy 12 sessions", new RequestDetails { Sessions = 12 }, []);

    private static CriterionResult With(Determination surgery) =>
        Run(Item with { ItemNumber = 2 }, Predicted<SurgeryPolicy>(1, "Right knee arthroscopy with medial meniscectomy", surgery));

    [Test]
    public void A_service_of_a_surgery_predicted_upheld_is_not_met_and_names_the_surgery()
    {
        var result = With(Determination.Upheld);
        Assert.That(result.Status, Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(result.Reason, Does.Contain("item 1 (Right knee arthroscopy with medial meniscectomy)"));
    }

    [Test]
    public void A_service_of_a_surgery_predicted_overturned_is_met_and_judged_on_its_own() =>
        Assert.That(With(Determination.Overturned).Status, Is.EqualTo(CriterionStatus.Met));

    // Whether the surgery is necessary is a prediction of another item, never a documentation
    // gap: with no surgery in the request the criterion does not apply.
    [Test]
    public void A_request_without_a_surgery_leaves_the_service_to_its_own_criteria() =>
        Assert.That(Run(Item).Status, Is.EqualTo(CriterionStatus.NotApplicable));

    [Test]
    public void A_surgery_no_topic_could_judge_leaves_the_service_to_its_own_criteria() =>
        Assert.That(With(Determination.NotCovered).Status, Is.EqualTo(CriterionStatus.NotApplicable));

    // The one definition of "the surgery is supported" (RequestedSurgery): every surgery of the request.
    [Test]
    public void A_service_of_two_surgeries_one_predicted_upheld_is_not_met_and_names_that_one()
    {
        var result = Run(Item with { ItemNumber = 3 },
            Predicted<SurgeryPolicy>(1, "Right knee arthroscopy", Determination.Overturned),
            Predicted<SurgeryPolicy>(2, "Left shoulder arthroscopy", Determination.Upheld));

        Assert.That(result.Status, Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(result.Reason, Does.Contain("item 2 (Left shoulder arthroscopy)"));
    }

    [Test]
    public void A_reviewer_stating_the_surgery_supported_decides_the_criterion_met_though_the_rules_predict_the_surgery_upheld()
    {
        var stated = new Fact(FactKind.PrimarySurgerySupported, "supported", Polarity.Present, SourceSection.Rationale, 0, 9, "supported", "The concurrent request for shoulder surgery is supported.");

        var result = Run(Item with { ItemNumber = 2, Facts = [stated] }, Predicted<SurgeryPolicy>(1, "Left shoulder arthroscopy with Bankart repair", Determination.Upheld));

        Assert.That(result.Status, Is.EqualTo(CriterionStatus.Met));
        Assert.That(result.Evidence, Is.EqualTo(new[] { stated }));
    }

    [Test]
    public void A_reviewer_stating_the_surgery_not_medically_necessary_decides_the_criterion_not_met_with_no_surgery_in_the_request()
    {
        var sentence = "As the requested surgical intervention is not medically necessary per the documentation, the requested ancillary service is not medically necessary.";
        var stated = new Fact(FactKind.PrimarySurgerySupported, null, Polarity.Absent, SourceSection.Rationale, 0, sentence.Length, sentence, sentence, Absence.Finding);

        Assert.That(Run(Item with { Facts = [stated] }).Status, Is.EqualTo(CriterionStatus.NotMet));
    }
}
