using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.HandImaging;

/// <summary>Imaging of the forearm, wrist and hand, judged by ACOEM Forearm, Wrist, and Hand Complaints, Special Studies.</summary>
public sealed class HandImagingPolicy() : ImagingPolicy(BodyRegion.Forearm, BodyRegion.WristHand)
{
    /// <inheritdoc/>
    public override string Name => "HandImaging";
}
