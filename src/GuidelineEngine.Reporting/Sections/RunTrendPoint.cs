namespace GuidelineEngine.Reporting.Sections;

/// <summary>One recorded run's headline figures, for the report's trend.</summary>
/// <param name="Run">The run's id.</param>
/// <param name="When">When it was recorded.</param>
/// <param name="Mode">Its mode.</param>
/// <param name="RuleSet">The rule set's short content hash.</param>
/// <param name="Agreement">Its agreement over covered items.</param>
/// <param name="Kappa">Its Cohen's kappa.</param>
public sealed record RunTrendPoint(long Run, DateTimeOffset When, string Mode, string RuleSet, double? Agreement, double? Kappa);
