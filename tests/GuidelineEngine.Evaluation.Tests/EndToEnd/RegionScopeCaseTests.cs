using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

/// <summary>Region-specific criteria read the findings of the requested region or of no stated region.</summary>
public class RegionScopeCaseTests
{
    private static CriterionStatus Indication(string summary, string request) =>
        Pipeline.Evaluate(Pipeline.LetterWith(summary, request), EvaluationMode.Prescreen).Single()
            .Criteria.Single(c => c.Rule.Id.EndsWith(".Indication", StringComparison.Ordinal)).Result.Status;

    [Test]
    public void A_thumb_fracture_is_no_red_flag_for_a_shoulder_MRI() =>
        Assert.That(Indication("She has right shoulder pain with overhead reaching. X-rays showed an acute fracture of the left thumb.", "MRI of the right shoulder"),
            Is.Not.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_fracture_of_the_shoulder_is_a_red_flag_for_a_shoulder_MRI() =>
        Assert.That(Indication("She has right shoulder pain after a fall. An acute fracture of the shoulder is suspected.", "MRI of the right shoulder"),
            Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void A_red_flag_that_names_no_region_still_counts() =>
        Assert.That(Indication("She has right shoulder pain after a fall. There is concern for a tumor.", "MRI of the right shoulder"),
            Is.EqualTo(CriterionStatus.Met));

    [Test]
    public void The_evaluation_keeps_every_fact_while_the_criteria_read_the_regions() =>
        Assert.That(Pipeline.Evaluate(Pipeline.LetterWith("She has right shoulder pain. X-rays showed an acute fracture of the left thumb.", "MRI of the right shoulder"), EvaluationMode.Prescreen)
            .Single().Facts.Status(FactKind.ImagingRedFlag), Is.EqualTo(Polarity.Present));
}
