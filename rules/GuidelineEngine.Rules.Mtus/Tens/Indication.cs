using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Tens;

/// <summary>TENS is for the conditions the guideline names.</summary>
[Rule<TensPolicy>("MTUS.CPMTG.Tens.Indication", Pages = "114-116", Criterion = "A home-based treatment trial of one month may be appropriate for neuropathic pain, CRPS II and CRPS I, phantom limb pain, spasticity and multiple sclerosis.")]
public sealed class Indication : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "A condition TENS is recommended for is documented.",
            "a condition TENS is for (neuropathic pain, CRPS, phantom limb pain, spasticity, multiple sclerosis)",
            FactKind.NeuropathicPain, FactKind.ComplexRegionalPainSyndrome, FactKind.Spasticity, FactKind.MultipleSclerosis);
    }
}
