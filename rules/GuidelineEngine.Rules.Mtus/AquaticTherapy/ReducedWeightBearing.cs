using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AquaticTherapy;

/// <summary>Aquatic therapy where reduced weight bearing is desirable, for example extreme obesity.</summary>
[Rule<AquaticTherapyPolicy>("MTUS.CPMTG.AquaticTherapy.ReducedWeightBearing", Pages = "22",
    Criterion = "An optional form of exercise therapy, specifically recommended where reduced weight bearing is desirable, for example extreme obesity.")]
public sealed class ReducedWeightBearing : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "A reason for reduced weight bearing (obesity) is documented.",
            "why reduced weight bearing is desirable (e.g. extreme obesity)", FactKind.Obesity);
}
