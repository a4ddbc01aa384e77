using System.Text.RegularExpressions;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Extraction;

/// <summary>
/// Places a fact in the body regions its clause names, else its sentence: "a thumb fracture" is of the
/// hand, "decreased sensation at L5" of the lumbar spine. The request's own words are placed by
/// <see cref="BodyRegions"/>; this reads the same words, plurals and spinal levels in running text.
/// </summary>
internal static partial class RegionFinder
{
    private static readonly Dictionary<string, BodyRegion> Others = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lumbosacral"] = BodyRegion.LumbarSpine, ["back pain"] = BodyRegion.Spine, ["toe"] = BodyRegion.AnkleFoot, ["heel"] = BodyRegion.AnkleFoot,
        ["digit"] = BodyRegion.WristHand, ["pelvic"] = BodyRegion.Pelvis, ["SI joint"] = BodyRegion.Pelvis, ["paracervical"] = BodyRegion.CervicalSpine,
        ["paralumbar"] = BodyRegion.LumbarSpine, ["trapezius"] = BodyRegion.CervicalSpine,
    };

    /// <summary>The regions named in the clause of <paramref name="sentence"/> around <paramref name="at"/>, else in the whole sentence.</summary>
    public static IReadOnlyList<BodyRegion> Around(string sentence, int at)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var start = 0;
        var end = sentence.Length;
        foreach (Match boundary in ClauseBoundary().Matches(sentence))
        {
            if (boundary.Index < at)
            {
                start = boundary.Index + boundary.Length;
            }
            else
            {
                end = boundary.Index;
                break;
            }
        }

        var inClause = In(sentence[start..end]);
        return inClause.Count > 0 ? inClause : In(sentence);
    }

    private static List<BodyRegion> In(string text)
    {
        var regions = new List<BodyRegion>();
        foreach (Match m in RegionWord().Matches(text))
        {
            var region = m.Groups["level"].Success ? LevelRegion(m.Groups["level"].Value[0])
                : Others.TryGetValue(m.Value, out var other) ? other
                : BodyRegions.Of(Singular(m.Value.ToLowerInvariant()));
            if (region != BodyRegion.Other && !regions.Contains(region))
            {
                regions.Add(region);
            }
        }

        return regions;
    }

    private static BodyRegion LevelRegion(char letter) => char.ToUpperInvariant(letter) switch
    {
        'C' => BodyRegion.CervicalSpine,
        'T' => BodyRegion.ThoracicSpine,
        _ => BodyRegion.LumbarSpine,
    };

    private static string Singular(string word) => word switch
    {
        "feet" => "feet",
        "pelvis" => "pelvis",
        "upper extremities" => "upper extremities",
        "lower extremities" => "lower extremities",
        _ when word.EndsWith('s') => word[..^1],
        _ => word,
    };

    [GeneratedRegex(@"[;]|\bbut\b|\bhowever\b|\balthough\b|\bwhereas\b|\bwhile\b|\bwhich\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"\b(?<level>[CTLS][1-9]\d?(?:\s?-\s?[CTLS]?[1-9]\d?)?)\b|\b(?:low(?:er)? back|upper back|back pain|lumbar spine|lumbosacral|lumbar|paralumbar|thoracic spine|thoracic|cervical spine|cervical|paracervical|trapezius|neck|spine|shoulders?|elbows?|forearms?|wrists?|hands?|fingers?|thumbs?|digits?|hips?|pelvis|pelvic|sacroiliac|SI joint|knees?|ankles?|foot|feet|toes?|heels?|head|upper extremit(?:y|ies)|lower extremit(?:y|ies)|arms?|legs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RegionWord();
}
