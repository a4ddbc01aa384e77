using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Reporting;

/// <summary>
/// Narrows a citation that names several ACOEM body-part chapters (the surgical considerations
/// rules cite all five) to the chapters of the body parts the request names: a shoulder
/// arthroscopy cites Shoulder Complaints only.
/// </summary>
public static class ChapterCitation
{
    private const string SectionMarker = "section ";

    // The ACOEM 2004 chapter titles each body region falls under.
    private static readonly Dictionary<BodyRegion, string> Chapters = new()
    {
        [BodyRegion.Shoulder] = "Shoulder Complaints",
        [BodyRegion.Knee] = "Knee Complaints",
        [BodyRegion.LumbarSpine] = "Low Back Complaints",
        [BodyRegion.ThoracicSpine] = "Neck and Upper Back Complaints",
        [BodyRegion.CervicalSpine] = "Neck and Upper Back Complaints",
        [BodyRegion.Elbow] = "Elbow",
        [BodyRegion.Forearm] = "Forearm, Wrist and Hand Complaints",
        [BodyRegion.WristHand] = "Forearm, Wrist and Hand Complaints",
        [BodyRegion.AnkleFoot] = "Ankle and Foot Complaints",
    };

    /// <summary>The citation with only the chapters for <paramref name="bodyParts"/>; unchanged when it names one chapter or none of theirs.</summary>
    public static string For(string citation, IEnumerable<BodyPart> bodyParts)
    {
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(bodyParts);
        var at = citation.IndexOf(SectionMarker, StringComparison.Ordinal);
        if (at < 0)
        {
            return citation;
        }

        var chapters = citation[(at + SectionMarker.Length)..].Split("; ");
        var wanted = bodyParts.Select(p => Chapters.GetValueOrDefault(p.Region)).OfType<string>().ToList();
        var kept = chapters.Where(c => wanted.Any(w => c.StartsWith(w, StringComparison.Ordinal))).ToList();
        return chapters.Length < 2 || kept.Count == 0 ? citation : citation[..(at + SectionMarker.Length)] + string.Join("; ", kept);
    }
}
