using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.HomeHeatCold;

/// <summary>Home heat or cold as an option together with exercise.</summary>
[Rule<HomeHeatColdPolicy>("NonMTUS.ODG.HomeHeatCold.AdjunctToExercise", Guideline = "Official Disability Guidelines (ODG)", Section = "Low Back, Heat therapy; Cold/heat packs", Criterion = "Recommended as an option; heat combined with exercise; at-home applications of heat or cold as an adjunct to a program of functional restoration.")]
public sealed class AdjunctToExercise : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "An exercise or functional restoration programme is documented.", "an exercise or functional restoration programme the heat or cold would be an adjunct to", FactKind.ActiveRehabilitation, FactKind.FunctionalRestorationProgram);
    }
}
