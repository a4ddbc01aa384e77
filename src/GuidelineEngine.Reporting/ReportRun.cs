using GuidelineEngine.Evaluation;

namespace GuidelineEngine.Reporting;

/// <summary>What a report was run on, so that two reports can be told apart and compared.</summary>
/// <param name="When">When the run started.</param>
/// <param name="ToolVersion">The version of the program that ran.</param>
/// <param name="Inputs">The paths given, as typed.</param>
/// <param name="RuleSet">The rule set that produced the predictions.</param>
public sealed record ReportRun(DateTimeOffset When, string ToolVersion, IReadOnlyList<string> Inputs, RuleSetIdentity RuleSet);
