namespace GuidelineEngine.Facts.Requests;

/// <summary>Places the body parts requests name in their regions.</summary>
public static class BodyRegions
{
    private static readonly Dictionary<string, BodyRegion> Regions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["low back"] = BodyRegion.LumbarSpine, ["lower back"] = BodyRegion.LumbarSpine, ["lumbar spine"] = BodyRegion.LumbarSpine, ["lumbar"] = BodyRegion.LumbarSpine,
        ["thoracic spine"] = BodyRegion.ThoracicSpine, ["upper back"] = BodyRegion.ThoracicSpine,
        ["cervical spine"] = BodyRegion.CervicalSpine, ["cervical"] = BodyRegion.CervicalSpine, ["neck"] = BodyRegion.CervicalSpine,
        ["spine"] = BodyRegion.Spine,
        ["shoulder"] = BodyRegion.Shoulder, ["elbow"] = BodyRegion.Elbow, ["forearm"] = BodyRegion.Forearm,
        ["wrist"] = BodyRegion.WristHand, ["hand"] = BodyRegion.WristHand, ["finger"] = BodyRegion.WristHand, ["thumb"] = BodyRegion.WristHand,
        ["hip"] = BodyRegion.Hip, ["pelvis"] = BodyRegion.Pelvis, ["sacroiliac"] = BodyRegion.Pelvis,
        ["knee"] = BodyRegion.Knee, ["ankle"] = BodyRegion.AnkleFoot, ["foot"] = BodyRegion.AnkleFoot, ["feet"] = BodyRegion.AnkleFoot,
        ["head"] = BodyRegion.Head,
        ["upper extremities"] = BodyRegion.UpperExtremity, ["upper extremity"] = BodyRegion.UpperExtremity, ["arm"] = BodyRegion.UpperExtremity,
        ["lower extremities"] = BodyRegion.LowerExtremity, ["lower extremity"] = BodyRegion.LowerExtremity, ["leg"] = BodyRegion.LowerExtremity,
    };

    /// <summary>The region of a body part as a request names it.</summary>
    public static BodyRegion Of(string name) => Regions.GetValueOrDefault(name?.Trim() ?? string.Empty, BodyRegion.Other);

    /// <summary>True for the spine at any level.</summary>
    public static bool IsSpine(this BodyRegion region) =>
        region is BodyRegion.LumbarSpine or BodyRegion.ThoracicSpine or BodyRegion.CervicalSpine or BodyRegion.Spine;
}
