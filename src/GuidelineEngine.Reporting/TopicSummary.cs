namespace GuidelineEngine.Reporting;

/// <summary>The figures of one topic.</summary>
/// <param name="Items">Items of the topic.</param>
/// <param name="Confusion">Predicted by actual.</param>
public sealed record TopicSummary(int Items, ConfusionMatrix Confusion)
{
    /// <summary>Share of the topic's items that agree.</summary>
    public double? Agreement => Confusion.Agreement;
}
