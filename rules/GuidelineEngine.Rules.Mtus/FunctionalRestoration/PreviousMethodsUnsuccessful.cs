using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.FunctionalRestoration;

/// <summary>A programme only when previous methods of treating chronic pain have failed.</summary>
[Rule<FunctionalRestorationPolicy>("MTUS.CPMTG.FunctionalRestoration.PreviousMethodsUnsuccessful", Pages = "30-34", Criterion = "Previous methods of treating chronic pain have been unsuccessful and there is an absence of other options likely to result in significant clinical improvement.")]
public sealed class PreviousMethodsUnsuccessful : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "Earlier treatment is documented as unsuccessful.", "that previous methods of treating the chronic pain were unsuccessful", FactKind.FailedOtherTreatments);
    }
}
