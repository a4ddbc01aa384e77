using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation;

/// <summary>One criterion's result for an item, with the rule that produced it.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Result">Its result.</param>
/// <param name="Citation">The rule's citation naming the edition applied.</param>
public sealed record CriterionEvaluation(RuleDescriptor Rule, CriterionResult Result, string Citation);
