namespace GuidelineEngine.Reporting;

/// <summary>
/// How often a rule decided an item — it was not met or not documented on an item predicted
/// Upheld, or met on one predicted Overturned — and how often those predictions agreed.
/// </summary>
/// <param name="Decided">Items the rule decided.</param>
/// <param name="Agreed">Of those, items whose prediction agreed with the record.</param>
public sealed record RuleSummary(int Decided, int Agreed);
