using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.ShoulderImaging;

/// <summary>Imaging of the shoulder, judged by ACOEM Shoulder Complaints, Special Studies.</summary>
public sealed class ShoulderImagingPolicy() : ImagingPolicy(BodyRegion.Shoulder)
{
    /// <inheritdoc/>
    public override string Name => "ShoulderImaging";
}
