using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.NeckImaging;

/// <summary>Imaging of the cervical and thoracic spine, judged by ACOEM Neck and Upper Back Complaints, Special Studies.</summary>
public sealed class NeckImagingPolicy() : ImagingPolicy(BodyRegion.CervicalSpine, BodyRegion.ThoracicSpine)
{
    /// <inheritdoc/>
    public override string Name => "NeckImaging";
}
