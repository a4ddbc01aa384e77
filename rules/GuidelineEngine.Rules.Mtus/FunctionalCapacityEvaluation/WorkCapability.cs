using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.FunctionalCapacityEvaluation;

/// <summary>An FCE answers a documented question of work capability.</summary>
[Rule<FunctionalCapacityEvaluationPolicy>("MTUS.ACOEM.FunctionalCapacityEvaluation.WorkCapability", Guideline = "MTUS ACOEM General Approaches (2004)", Pages = "137-138",
    Criterion = "Consider using a functional capacity evaluation when necessary to translate medical impairment into functional limitations and determine work capability.")]
public sealed class WorkCapability : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "A question of work capability is documented.", "a question of work capability the FCE would answer (failed return-to-work attempts, maximum medical improvement)", FactKind.WorkCapabilityQuestion);
}
