namespace GuidelineEngine.Rules.Mtus.NotRecommendedOutsideMtus;

/// <summary>Topics of a guideline outside the MTUS (ODG, ACOEM 3rd edition) that it does not recommend, where the MTUS is silent.</summary>
public sealed class NotRecommendedOutsideMtusPolicy() : IndexStatusPolicy(mtus: false)
{
    /// <inheritdoc/>
    public override string Name => "NotRecommendedOutsideMtus";
}
