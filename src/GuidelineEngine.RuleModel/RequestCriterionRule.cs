using GuidelineEngine.Facts;

namespace GuidelineEngine.RuleModel;

/// <summary>
/// A criterion that reads the rest of the request as well as its item's facts, e.g. "the surgery
/// this service follows is supported". Evaluated after the request's primary items.
/// </summary>
public abstract class RequestCriterionRule : CriterionRule
{
    /// <summary>Evaluates the criterion alone, as if the request held no primary item.</summary>
    public sealed override CriterionResult Evaluate(ItemFacts facts) => Evaluate(facts, RequestContext.Empty);

    /// <summary>Evaluates the criterion against an item's facts and the rest of its request.</summary>
    public abstract CriterionResult Evaluate(ItemFacts facts, RequestContext request);
}
