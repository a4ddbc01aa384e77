namespace GuidelineEngine.Facts.Requests;

/// <summary>A body part a request names.</summary>
/// <param name="Name">As written, with its side ("right hand"), for explanations.</param>
/// <param name="Region">The region it belongs to.</param>
/// <param name="Side">The side written for it.</param>
public sealed record BodyPart(string Name, BodyRegion Region, BodySide Side = BodySide.NotStated)
{
    /// <summary>The part as a request names it: its region and side read from the name.</summary>
    public static BodyPart Named(string name) => new(name, BodyRegions.Of(name), BodyRegions.SideOf(name));
}
