using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.ElbowImaging;

/// <summary>Imaging of the elbow. The MTUS elbow chapter (ACOEM 2007) holds MRI not routine and gives no list of indications, so reviewers apply ODG's.</summary>
public sealed class ElbowImagingPolicy() : ImagingPolicy(BodyRegion.Elbow)
{
    /// <inheritdoc/>
    public override string Name => "ElbowImaging";
}
