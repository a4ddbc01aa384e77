using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Evaluation.Tests.EndToEnd;

public class SeedEvaluationTests
{
    // Per seed item, in letter order: the criterion its rationale names (null: not covered). The ortho
    // consultation's rationale finds no intent for the consultation: the referral's reason.
    private static readonly (string Seed, string? Rule)[] Named =
    [
        ("000", "MTUS.CPMTG.Opioids.FourAs"),
        ("000", "MTUS.CPMTG.MuscleRelaxants.ShortTermUse"),
        ("001", "MTUS.CPMTG.Opioids.FunctionalImprovement"),
        ("001", "MTUS.CPMTG.TopicalAnalgesics.FirstLineFailure"),
        ("001", "MTUS.CPMTG.MuscleRelaxants.AcuteExacerbation"),
        ("001", "MTUS.ACOEM.SpecialistReferral.ReasonForReferral"),
        ("001", "MTUS.CPMTG.AquaticTherapy.ReducedWeightBearing"),
        ("001", "MTUS.CPMTG.Nsaids.LabMonitoring"),
        ("002", "MTUS.CPMTG.Opioids.FourAs"),
        ("003", "MTUS.CPMTG.Opioids.Monitoring"),
        ("003", "MTUS.CPMTG.TopicalLidocaine.NeuropathicPain"),
        ("003", "MTUS.CPMTG.MuscleRelaxants.ShortTermUse"),
        ("003", "MTUS.CPMTG.MuscleRelaxants.SpasticityIndication"),
        ("004", "MTUS.CPMTG.MuscleRelaxants.AcuteExacerbation"),
    ];

    private static IEnumerable<TestCaseData> SeedItems()
    {
        var index = 0;
        foreach (var seed in Named.Select(n => n.Seed).Distinct())
        {
            var letter = Pipeline.Read(TestPaths.Seed(seed));
            foreach (var evaluation in Pipeline.Evaluate(letter, EvaluationMode.Audit))
            {
                var rule = Named[index++].Rule;
                yield return new TestCaseData(evaluation, rule).SetArgDisplayNames($"{seed} {evaluation.Facts.Request.Name}");
            }
        }
    }

    [TestCaseSource(nameof(SeedItems))]
    public void In_audit_a_seed_item_is_predicted_upheld_with_the_criterion_its_rationale_names(ItemEvaluation evaluation, string? rule)
    {
        if (rule is null)
        {
            Assert.That(evaluation.Predicted, Is.EqualTo(Determination.NotCovered));
            return;
        }

        Assert.That(evaluation.Predicted, Is.EqualTo(Determination.Upheld));
        Assert.That(
            evaluation.Criteria.Single(c => c.Rule.Id == rule).Result.Status,
            Is.EqualTo(CriterionStatus.NotMet).Or.EqualTo(CriterionStatus.NotDocumented));
    }

    [Test]
    public void The_seeds_hold_fourteen_items() => Assert.That(SeedItems().Count(), Is.EqualTo(14));

    [Test]
    public void Seed_letters_of_2013_to_2015_are_judged_by_the_2009_edition() =>
        Assert.That(SeedItems().Select(t => ((ItemEvaluation)t.Arguments[0]!).Edition).Distinct(), Is.EqualTo(new[] { GuidelineEditions.Cpmtg2009 }));
}
