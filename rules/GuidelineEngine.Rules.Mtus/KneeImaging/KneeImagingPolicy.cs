using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.KneeImaging;

/// <summary>Imaging of the knee, judged by ACOEM Knee Complaints, Special Studies.</summary>
public sealed class KneeImagingPolicy() : ImagingPolicy(BodyRegion.Knee)
{
    /// <inheritdoc/>
    public override string Name => "KneeImaging";
}
