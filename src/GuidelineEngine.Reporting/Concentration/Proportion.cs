namespace GuidelineEngine.Reporting.Concentration;

/// <summary>A count out of a total, its share and its 95% Wilson interval.</summary>
/// <param name="Count">The items counted.</param>
/// <param name="Of">The items it is a share of.</param>
public sealed record Proportion(int Count, int Of)
{
    /// <summary>The share; null when <see cref="Of"/> is zero.</summary>
    public double? Share => Of == 0 ? null : (double)Count / Of;

    /// <summary>The 95% Wilson interval's lower bound; null when <see cref="Of"/> is zero.</summary>
    public double? Low => WilsonInterval.Of(Count, Of)?.Low;

    /// <summary>The 95% Wilson interval's upper bound; null when <see cref="Of"/> is zero.</summary>
    public double? High => WilsonInterval.Of(Count, Of)?.High;
}
