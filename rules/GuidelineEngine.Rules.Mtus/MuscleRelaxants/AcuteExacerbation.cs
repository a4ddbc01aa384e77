using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.MuscleRelaxants;

/// <summary>Muscle relaxants treat acute exacerbations of chronic low back pain.</summary>
[Rule<MuscleRelaxantsPolicy>("MTUS.CPMTG.MuscleRelaxants.AcuteExacerbation", Editions = GuidelineEditions.Cpmtg, Pages = "63",
    Criterion = "Recommended with caution as a second-line option for short-term treatment of acute exacerbations in patients with chronic low back pain.")]
public sealed class AcuteExacerbation : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts is not null && SpasticityDrugs.IsRequested(facts) ? "Baclofen and dantrolene are judged by their spasticity indication." : null;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "An acute exacerbation or flare-up is documented.",
            "an acute exacerbation or flare-up that the short course treats", FactKind.AcuteExacerbation);
}
