using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation;

/// <summary>The predicted determination for one item and the criterion-by-criterion explanation.</summary>
public sealed record ItemEvaluation
{
    /// <summary>The facts the prediction rests on.</summary>
    public required ItemFacts Facts { get; init; }

    /// <summary>The topic chosen, or null when no topic covers the item.</summary>
    public string? Topic { get; init; }

    /// <summary>The guideline edition applied.</summary>
    public required GuidelineEditions Edition { get; init; }

    /// <summary>The edition as reports name it, e.g. <c>2016</c>.</summary>
    public string EditionName => GuidelineEditionSelector.Name(Edition);

    /// <summary>Why that edition applies: the date that chose it, or that none was known.</summary>
    public string EditionReason => GuidelineEditionSelector.Why(Facts.RecordDate, Facts.RequestDate is not null);

    /// <summary>The prediction: Overturned, Upheld or NotCovered. A prediction to flag, not a decision.</summary>
    public required Determination Predicted { get; init; }

    /// <summary>Each criterion of the topic, in catalogue order.</summary>
    public required IReadOnlyList<CriterionEvaluation> Criteria { get; init; }

    /// <summary>Why no prediction is made, when the item is not covered; null otherwise.</summary>
    public string? NotCoveredReason { get; init; }

    /// <summary>
    /// Which guidelines the prediction rests on: <see cref="GuidelineSource.Mtus"/> when every
    /// criterion that applied is the MTUS's own, <see cref="GuidelineSource.NonMtus"/> when one came
    /// from a guideline outside the MTUS; null when not covered.
    /// </summary>
    public GuidelineSource? Source => Predicted == Determination.NotCovered
        ? null
        : Criteria.Any(c => !c.Rule.IsMtus && c.Result.Status != CriterionStatus.NotApplicable) ? GuidelineSource.NonMtus : GuidelineSource.Mtus;

    /// <summary>
    /// The criteria the prediction turns on: those not met or not documented on an Upheld
    /// prediction, those met on an Overturned one; none when not covered. The summary's per-rule
    /// figures, the table and the audit consistency check all read this one list.
    /// </summary>
    public IEnumerable<CriterionEvaluation> DecidingCriteria => Predicted switch
    {
        Determination.Overturned => Criteria.Where(c => c.Result.Status == CriterionStatus.Met),
        Determination.Upheld => Criteria.Where(c => c.Result.Status is CriterionStatus.NotMet or CriterionStatus.NotDocumented),
        _ => [],
    };

    /// <summary>What would have to be documented for the criteria to be met, in plain language.</summary>
    public IReadOnlyList<string> MissingDocumentation =>
        [.. Criteria.Select(c => c.Result.MissingDocumentation).OfType<string>().Distinct()];
}
