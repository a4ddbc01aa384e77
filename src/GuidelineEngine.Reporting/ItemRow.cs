using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Reporting;

/// <summary>One disputed item: the recorded outcome, the prediction and its explanation.</summary>
public sealed record ItemRow
{
    /// <summary>The request as decided.</summary>
    public required string Item { get; init; }

    /// <summary>The topic chosen, or null when none covers the item.</summary>
    public Topic? Topic { get; init; }

    /// <summary>The recorded IMR outcome.</summary>
    public required Outcome Actual { get; init; }

    /// <summary>The predicted determination.</summary>
    public required Determination Predicted { get; init; }

    /// <summary>Whether prediction and record agree; null when not covered.</summary>
    public bool? Agrees => Predicted == Determination.NotCovered ? null : (Predicted == Determination.Upheld) == (Actual == Outcome.Upheld);

    /// <summary>The guideline edition applied.</summary>
    public required string Edition { get; init; }

    /// <summary>Each criterion's result.</summary>
    public required IReadOnlyList<CriterionRow> Criteria { get; init; }

    /// <summary>What would have to be documented for the criteria to be met.</summary>
    public required IReadOnlyList<string> MissingDocumentation { get; init; }
}
