using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.LumbarImaging;

/// <summary>Imaging of the lumbar spine (and of the spine, level not stated), judged by ACOEM Low Back Complaints, Special Studies.</summary>
public sealed class LumbarImagingPolicy() : ImagingPolicy(BodyRegion.LumbarSpine, BodyRegion.Spine)
{
    /// <inheritdoc/>
    public override string Name => "LumbarImaging";
}
