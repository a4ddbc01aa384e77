using GuidelineEngine.Evaluation;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Application.Contract;

/// <summary>One criterion's result as the JSON contract gives it.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Citation">The guideline, edition and pages.</param>
/// <param name="Criterion">The criterion as the guideline words it.</param>
/// <param name="Status">Met, NotMet, NotDocumented or NotApplicable.</param>
/// <param name="Reason">Why.</param>
/// <param name="Evidence">The facts used.</param>
/// <param name="Name">The criterion's short name, as highlighted sentences name it ("Four As").</param>
public sealed record CriterionRow(string Rule, string Citation, string Criterion, CriterionStatus Status, string Reason, IReadOnlyList<EvidenceRow> Evidence, string Name)
{
    /// <summary>The row of a criterion's evaluation.</summary>
    public static CriterionRow From(CriterionEvaluation criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return new(criterion.Rule.Id, criterion.Citation, criterion.Rule.Criterion, criterion.Result.Status, criterion.Result.Reason,
            [.. criterion.Result.Evidence.Select(EvidenceRow.From)], Reporting.CriterionName.Of(criterion.Rule.Id));
    }
}
