using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.HeadImaging;

/// <summary>Imaging of the head. The MTUS does not address it, so the ODG Head imaging indications decide (non-MTUS).</summary>
public sealed class HeadImagingPolicy() : ImagingPolicy(BodyRegion.Head)
{
    /// <inheritdoc/>
    public override string Name => "HeadImaging";
}
