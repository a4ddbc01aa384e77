using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Facts;

/// <summary>Which findings bear on a request for one body region.</summary>
public static class RegionScope
{
    /// <summary>
    /// Whether a finding placed in <paramref name="found"/> bears on a request for <paramref name="requested"/>:
    /// the same region; the spine or a limb named without its part; and for the cervical and lumbar spine the
    /// limb their nerve roots supply, where radicular signs are found (numbness in the hand for the neck).
    /// </summary>
    public static bool Includes(this BodyRegion requested, BodyRegion found) =>
        requested == found
        || (requested.IsSpine() && found.IsSpine() && (requested == BodyRegion.Spine || found == BodyRegion.Spine))
        || (IsUpperLimb(requested) && IsUpperLimb(found) && (requested == BodyRegion.UpperExtremity || found == BodyRegion.UpperExtremity))
        || (IsLowerLimb(requested) && IsLowerLimb(found) && (requested == BodyRegion.LowerExtremity || found == BodyRegion.LowerExtremity))
        || (requested is BodyRegion.CervicalSpine or BodyRegion.Spine && IsUpperLimb(found))
        || (requested is BodyRegion.LumbarSpine or BodyRegion.Spine && (IsLowerLimb(found) || found == BodyRegion.Pelvis))
        || (found == BodyRegion.CervicalSpine && requested == BodyRegion.UpperExtremity)
        || (found == BodyRegion.LumbarSpine && requested == BodyRegion.LowerExtremity);

    private static bool IsUpperLimb(BodyRegion region) =>
        region is BodyRegion.Shoulder or BodyRegion.Elbow or BodyRegion.Forearm or BodyRegion.WristHand or BodyRegion.UpperExtremity;

    private static bool IsLowerLimb(BodyRegion region) =>
        region is BodyRegion.Hip or BodyRegion.Knee or BodyRegion.AnkleFoot or BodyRegion.LowerExtremity;
}
