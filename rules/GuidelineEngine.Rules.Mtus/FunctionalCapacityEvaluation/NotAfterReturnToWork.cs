using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.FunctionalCapacityEvaluation;

/// <summary>An FCE is not for a worker who has already returned to work. Read from the work status, so never undocumented.</summary>
[Rule<FunctionalCapacityEvaluationPolicy>("NonMTUS.ODG.FunctionalCapacityEvaluation.NotAfterReturnToWork", Guideline = "Official Disability Guidelines (ODG)",
    Section = "Fitness for Duty, Functional capacity evaluation (FCE)",
    Criterion = "Do not proceed with an FCE if the sole purpose is to determine a worker's effort or compliance, or the worker has returned to work and an ergonomic assessment has not been arranged.")]
public sealed class NotAfterReturnToWork : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.ReturnedToWork.Count > 0
            ? NotMet("The worker has returned to work.", facts.ReturnedToWork)
            : Met("The worker has not returned to work.");
    }
}
