using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.HomeExerciseKit;

/// <summary>A kit only where a home exercise programme is recommended.</summary>
[Rule<HomeExerciseKitPolicy>("NonMTUS.ODG.HomeExerciseKit.WithHomeExerciseProgram", Guideline = "Official Disability Guidelines (ODG)", Section = "Knee and Leg, Home exercise kits", Criterion = "Recommended as an option where home exercise programs are recommended.")]
public sealed class WithHomeExerciseProgram : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "A home exercise programme is documented.", "a home exercise programme the kit would serve", FactKind.ActiveRehabilitation);
    }
}
