using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TriggerPointInjections;

/// <summary>Trigger point injections follow failed medical management.</summary>
[Rule<TriggerPointInjectionsPolicy>("MTUS.CPMTG.TriggerPointInjections.FailedMedicalManagement", Guideline = "MTUS Chronic Pain Medical Treatment Guidelines", Pages = "122",
    Criterion = "Medical management therapies such as ongoing stretching exercises, physical therapy, NSAIDs and muscle relaxants have failed to control pain.")]
public sealed class FailedMedicalManagement : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Medical management has failed to control the pain.", "failure of medical management (stretching, physical therapy, NSAIDs, muscle relaxants)", FactKind.ConservativeCareFailed);
}
