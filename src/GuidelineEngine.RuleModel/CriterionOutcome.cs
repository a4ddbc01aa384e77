namespace GuidelineEngine.RuleModel;

/// <summary>The derived fact a criterion yields when it fires: its judgement of one item.</summary>
/// <param name="Item">The item judged.</param>
/// <param name="Rule">The criterion that judged it.</param>
/// <param name="Result">The judgement, with its evidence.</param>
public sealed record CriterionOutcome(ReviewedItem Item, CriterionRule Rule, CriterionResult Result);
