using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Reporting;

/// <summary>One criterion's result for an item.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Citation">The guideline, edition and pages.</param>
/// <param name="Criterion">The criterion as the guideline words it.</param>
/// <param name="Status">Met, NotMet, NotDocumented or NotApplicable.</param>
/// <param name="Reason">Why.</param>
/// <param name="Evidence">The facts used.</param>
public sealed record CriterionRow(string Rule, string Citation, string Criterion, CriterionStatus Status, string Reason, IReadOnlyList<EvidenceRow> Evidence);
