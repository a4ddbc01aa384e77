namespace GuidelineEngine.Facts.Requests;

/// <summary>Places the body parts requests name in their regions, and reads the side written with them.</summary>
public static class BodyRegions
{
    private static readonly Dictionary<string, BodyRegion> Regions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["low back"] = BodyRegion.LumbarSpine, ["lower back"] = BodyRegion.LumbarSpine, ["lumbar spine"] = BodyRegion.LumbarSpine, ["lumbar"] = BodyRegion.LumbarSpine,
        ["lumbosacral spine"] = BodyRegion.LumbarSpine, ["lumbosacral"] = BodyRegion.LumbarSpine,
        ["thoracic spine"] = BodyRegion.ThoracicSpine, ["thoracic"] = BodyRegion.ThoracicSpine, ["upper back"] = BodyRegion.ThoracicSpine,
        ["cervical spine"] = BodyRegion.CervicalSpine, ["cervical"] = BodyRegion.CervicalSpine, ["neck"] = BodyRegion.CervicalSpine,
        ["spine"] = BodyRegion.Spine,
        ["shoulder"] = BodyRegion.Shoulder, ["elbow"] = BodyRegion.Elbow, ["forearm"] = BodyRegion.Forearm,
        ["wrist"] = BodyRegion.WristHand, ["hand"] = BodyRegion.WristHand, ["finger"] = BodyRegion.WristHand, ["thumb"] = BodyRegion.WristHand,
        ["hip"] = BodyRegion.Hip, ["pelvis"] = BodyRegion.Pelvis, ["sacroiliac"] = BodyRegion.Pelvis,
        ["knee"] = BodyRegion.Knee, ["ankle"] = BodyRegion.AnkleFoot, ["foot"] = BodyRegion.AnkleFoot, ["feet"] = BodyRegion.AnkleFoot,
        ["head"] = BodyRegion.Head, ["brain"] = BodyRegion.Head, ["brainstem"] = BodyRegion.Head,
        ["abdomen"] = BodyRegion.Abdomen,
        ["upper extremities"] = BodyRegion.UpperExtremity, ["upper extremity"] = BodyRegion.UpperExtremity, ["upper limb"] = BodyRegion.UpperExtremity, ["arm"] = BodyRegion.UpperExtremity,
        ["lower extremities"] = BodyRegion.LowerExtremity, ["lower extremity"] = BodyRegion.LowerExtremity, ["lower limb"] = BodyRegion.LowerExtremity,
        ["lower leg"] = BodyRegion.LowerExtremity, ["leg"] = BodyRegion.LowerExtremity,
    };

    // The abbreviations of a limb with its side, in capitals as letters write them.
    private static readonly Dictionary<string, (BodyRegion Region, BodySide Side)> Abbreviations = new(StringComparer.Ordinal)
    {
        ["RUE"] = (BodyRegion.UpperExtremity, BodySide.Right), ["LUE"] = (BodyRegion.UpperExtremity, BodySide.Left), ["BUE"] = (BodyRegion.UpperExtremity, BodySide.Bilateral),
        ["RLE"] = (BodyRegion.LowerExtremity, BodySide.Right), ["LLE"] = (BodyRegion.LowerExtremity, BodySide.Left), ["BLE"] = (BodyRegion.LowerExtremity, BodySide.Bilateral),
    };

    private static readonly (string Word, BodySide Side)[] SideWords =
        [("left", BodySide.Left), ("right", BodySide.Right), ("bilateral", BodySide.Bilateral), ("both", BodySide.Bilateral)];

    /// <summary>The region of a body part as a request names it, side and plural aside ("right knees" is a knee).</summary>
    public static BodyRegion Of(string name)
    {
        var part = name?.Trim() ?? string.Empty;
        if (Abbreviations.TryGetValue(part, out var abbreviation))
        {
            return abbreviation.Region;
        }

        part = WithoutSide(part);
        return Regions.TryGetValue(part, out var region) ? region
            : part.EndsWith('s') && Regions.TryGetValue(part[..^1], out var singular) ? singular
            : BodyRegion.Other;
    }

    /// <summary>The side written with a body part: "left knee", "bilateral hands", "RUE".</summary>
    public static BodySide SideOf(string name)
    {
        var part = name?.Trim() ?? string.Empty;
        if (Abbreviations.TryGetValue(part, out var abbreviation))
        {
            return abbreviation.Side;
        }

        foreach (var (word, side) in SideWords)
        {
            if (part.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase))
            {
                return side;
            }
        }

        return BodySide.NotStated;
    }

    /// <summary>True for the spine at any level.</summary>
    public static bool IsSpine(this BodyRegion region) =>
        region is BodyRegion.LumbarSpine or BodyRegion.ThoracicSpine or BodyRegion.CervicalSpine or BodyRegion.Spine;

    private static string WithoutSide(string part)
    {
        foreach (var (word, _) in SideWords)
        {
            if (part.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase))
            {
                return part[(word.Length + 1)..].TrimStart();
            }
        }

        return part;
    }
}
