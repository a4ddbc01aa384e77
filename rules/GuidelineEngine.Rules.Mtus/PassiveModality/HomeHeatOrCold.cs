using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.PassiveModality;

/// <summary>Heat or cold need not be applied by a therapist.</summary>
[Rule<PassiveModalityPolicy>("MTUS.ACOEM.PassiveModality.HomeHeatOrCold", Guideline = "MTUS ACOEM Low Back Complaints (2004)", Pages = "300", Criterion = "At-home local applications of heat or cold are as effective as those performed by therapists.")]
public sealed class HomeHeatOrCold : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var heat = HeadingFacts.Of(facts, FactKind.HeatOrColdApplication);
        return heat.Count > 0
            ? NotMet("Heat or cold applied in the clinic: at-home applications are as effective as those performed by therapists.", heat)
            : NotApplicable("The modality does not apply heat or cold.");
    }
}
