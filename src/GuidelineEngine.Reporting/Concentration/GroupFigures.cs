namespace GuidelineEngine.Reporting.Concentration;

/// <summary>The audit figures of one group of items (one reviewer specialty, one month...).</summary>
/// <param name="Items">Items in the group.</param>
/// <param name="Agreement">Covered items whose prediction agrees with the record, of the covered items.</param>
/// <param name="OverturnRate">Items the reviewer overturned, of the group's items.</param>
/// <param name="Inconsistent">Judged items (any class but not judged) in one of the three inconsistency classes, of the judged items.</param>
/// <param name="Classes">Items per consistency class.</param>
public sealed record GroupFigures(int Items, Proportion Agreement, Proportion OverturnRate, Proportion Inconsistent, IReadOnlyDictionary<string, int> Classes)
{
    /// <summary>Groups smaller than this are flagged, not ranked: their intervals are too wide to compare.</summary>
    public const int MinimumToRank = 10;

    /// <summary>True when the group has fewer than <see cref="MinimumToRank"/> items.</summary>
    public bool Small => Items < MinimumToRank;
}
