using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.EpiduralSteroidInjections;

/// <summary>The radiculopathy must be corroborated by imaging or electrodiagnostic testing.</summary>
[Rule<EpiduralSteroidInjectionsPolicy>("MTUS.CPMTG.EpiduralSteroidInjections.Corroborated", Guideline = "MTUS Chronic Pain Medical Treatment Guidelines", Pages = "46",
    Criterion = "Radiculopathy must be corroborated by imaging studies and/or electrodiagnostic testing.")]
public sealed class Corroborated : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Imaging or electrodiagnostic testing corroborates the radiculopathy.", "imaging or electrodiagnostic findings that corroborate the radiculopathy (nerve root compromise)", FactKind.RadiculopathyCorroborated);
}
