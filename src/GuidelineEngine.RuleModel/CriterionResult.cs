using GuidelineEngine.Facts;

namespace GuidelineEngine.RuleModel;

/// <summary>How an item stands against one criterion, why, and on what evidence.</summary>
/// <param name="Status">Met, not met, not documented or not applicable.</param>
/// <param name="Reason">Why, in plain language.</param>
/// <param name="Evidence">The facts the result rests on, each with its sentence and span.</param>
/// <param name="MissingDocumentation">What would have to be documented for the criterion to be met; null when nothing is missing.</param>
public sealed record CriterionResult(
    CriterionStatus Status,
    string Reason,
    IReadOnlyList<Fact> Evidence,
    string? MissingDocumentation = null);
