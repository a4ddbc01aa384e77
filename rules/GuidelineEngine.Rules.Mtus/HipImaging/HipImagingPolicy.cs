using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.HipImaging;

/// <summary>Imaging of the hip. The MTUS has no hip chapter, so the ODG Hip and Pelvis imaging indications decide (non-MTUS).</summary>
public sealed class HipImagingPolicy() : ImagingPolicy(BodyRegion.Hip)
{
    /// <inheritdoc/>
    public override string Name => "HipImaging";
}
