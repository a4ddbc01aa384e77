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
    string? MissingDocumentation = null)
{
    /// <summary>The criterion is met.</summary>
    public static CriterionResult Met(string reason, params IEnumerable<Fact>[] evidence) =>
        new(CriterionStatus.Met, reason, [.. evidence.SelectMany(e => e)]);

    /// <summary>The criterion is not met.</summary>
    public static CriterionResult NotMet(string reason, params IEnumerable<Fact>[] evidence) =>
        new(CriterionStatus.NotMet, reason, [.. evidence.SelectMany(e => e)]);

    /// <summary>The documentation does not show what the criterion needs.</summary>
    public static CriterionResult NotDocumented(string reason, string missing, params IEnumerable<Fact>[] evidence) =>
        new(CriterionStatus.NotDocumented, reason, [.. evidence.SelectMany(e => e)], missing);

    /// <summary>The criterion does not apply.</summary>
    public static CriterionResult NotApplicable(string reason) =>
        new(CriterionStatus.NotApplicable, reason, []);
}
