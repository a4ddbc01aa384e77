namespace GuidelineEngine.History;

/// <summary>An item that differs between two runs, and the rules that caused it.</summary>
/// <param name="Letter">The letter's case number or file name.</param>
/// <param name="Number">The item's position in its letter.</param>
/// <param name="Item">The request.</param>
/// <param name="PredictedBefore">The first run's prediction; null when the item is not in it.</param>
/// <param name="PredictedAfter">The second run's prediction; null when the item is not in it.</param>
/// <param name="ClassBefore">The first run's consistency class.</param>
/// <param name="ClassAfter">The second run's consistency class.</param>
/// <param name="Rules">The rules whose status on the item changed.</param>
public sealed record ItemChange(string Letter, int Number, string Item, string? PredictedBefore, string? PredictedAfter, string? ClassBefore, string? ClassAfter, IReadOnlyList<RuleChange> Rules)
{
    /// <summary>True when the prediction changed.</summary>
    public bool PredictionChanged => PredictedBefore != PredictedAfter;

    /// <summary>True when the consistency class changed.</summary>
    public bool ClassChanged => ClassBefore != ClassAfter;
}
