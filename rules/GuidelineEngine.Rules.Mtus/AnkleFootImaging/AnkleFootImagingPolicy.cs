using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.AnkleFootImaging;

/// <summary>Imaging of the ankle and foot, judged by ACOEM Ankle and Foot Complaints, Special Studies.</summary>
public sealed class AnkleFootImagingPolicy() : ImagingPolicy(BodyRegion.AnkleFoot)
{
    /// <inheritdoc/>
    public override string Name => "AnkleFootImaging";
}
