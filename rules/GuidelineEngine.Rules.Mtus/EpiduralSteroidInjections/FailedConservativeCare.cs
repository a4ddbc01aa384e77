using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.EpiduralSteroidInjections;

/// <summary>An epidural injection follows conservative treatment that has not helped.</summary>
[Rule<EpiduralSteroidInjectionsPolicy>("MTUS.CPMTG.EpiduralSteroidInjections.FailedConservativeCare", Guideline = "MTUS Chronic Pain Medical Treatment Guidelines", Pages = "46",
    Criterion = "Initially unresponsive to conservative treatment (exercises, physical methods, NSAIDs and muscle relaxants).")]
public sealed class FailedConservativeCare : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Conservative treatment has failed.", "failure of conservative treatment (exercises, physical methods, NSAIDs and muscle relaxants)", FactKind.ConservativeCareFailed);
}
