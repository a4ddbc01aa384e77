using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.WorkConditioning;

/// <summary>Work conditioning follows an adequate trial of physical therapy.</summary>
[Rule<WorkConditioningPolicy>("MTUS.CPMTG.WorkConditioning.AfterPhysicalTherapyPlateau", Pages = "125-126", Criterion = "After treatment with an adequate trial of physical or occupational therapy with improvement followed by plateau, but not likely to benefit from continued physical or occupational therapy.")]
public sealed class AfterPhysicalTherapyPlateau : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "An earlier course of physical therapy is documented.", "an adequate trial of physical or occupational therapy before the programme", FactKind.PriorTherapySessions);
    }
}
