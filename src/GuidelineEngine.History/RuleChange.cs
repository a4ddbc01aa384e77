namespace GuidelineEngine.History;

/// <summary>A rule whose status on an item changed between two runs.</summary>
/// <param name="Rule">The rule's id.</param>
/// <param name="Before">Its status in the first run; null when it did not apply there.</param>
/// <param name="After">Its status in the second run; null when it did not apply there.</param>
public sealed record RuleChange(string Rule, string? Before, string? After);
