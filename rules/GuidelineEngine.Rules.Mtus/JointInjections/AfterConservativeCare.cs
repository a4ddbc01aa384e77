using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.JointInjections;

/// <summary>A corticosteroid joint or bursa injection follows conservative therapy that has not relieved the pain.</summary>
[Rule<JointInjectionsPolicy>("MTUS.ACOEM.JointInjections.AfterConservativeCare", Guideline = "MTUS ACOEM Shoulder Complaints and Knee Complaints (2004)", Pages = "204, 213, 339",
    Criterion = "Invasive techniques such as cortisone injections are not routinely indicated; an injection may be indicated after conservative therapy (exercise and NSAIDs) for some weeks has not relieved the pain.")]
public sealed class AfterConservativeCare : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Conservative therapy has not relieved the pain.", "failure of conservative therapy (exercise, NSAIDs) before the injection", FactKind.ConservativeCareFailed);
}
