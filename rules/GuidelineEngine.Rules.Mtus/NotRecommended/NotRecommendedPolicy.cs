namespace GuidelineEngine.Rules.Mtus.NotRecommended;

/// <summary>MTUS topics the guideline does not recommend and no encoded topic decides (e.g. low-level laser, microcurrent, thermography).</summary>
public sealed class NotRecommendedPolicy() : IndexStatusPolicy(mtus: true)
{
    /// <inheritdoc/>
    public override string Name => "NotRecommended";
}
