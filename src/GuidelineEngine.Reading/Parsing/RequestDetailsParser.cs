using System.Globalization;
using System.Text.RegularExpressions;
using GuidelineEngine.Model;
using GuidelineEngine.Text;

namespace GuidelineEngine.Reading.Parsing;

/// <summary>
/// Reads what a request's text states: "Norco 10/325mg #60", "Cyclobenzaprine 7.5mg QTY: 60.00",
/// "MEDREX OINTMENT 120 GM, #1", "Acupuncture 3 times a week for 2 weeks, neck, right hand and head".
/// It names nothing the text does not say; which drug a name means is the vocabulary's job.
/// </summary>
public static partial class RequestDetailsParser
{
    /// <summary>
    /// The longest request text read; the rest is ignored. The longest request of the development
    /// corpus has 150 characters: the cap only stops hostile text from costing time.
    /// </summary>
    public const int MaxRequestLength = 1_000;

    // A bound on any one match, well beyond what a capped request needs: a hang guard, not a budget.
    private const int MatchTimeoutMilliseconds = 2_000;

    private const int DaysPerWeek = 7;
    private const int WeeksPerMonth = 4;
    private const int MaxDurationCount = 100_000;

    /// <summary>
    /// The body parts a request may name, singular and plural, with the abbreviations letters use
    /// for a limb and its side (RUE: right upper extremity). Every one has a region in
    /// <c>BodyRegions</c>; a test holds the two lists together.
    /// </summary>
    public static IReadOnlyList<string> BodyPartNames { get; } =
    [
        "low back", "lower back", "lumbosacral spine", "lumbosacral", "lumbar spine", "lumbar", "thoracic spine", "thoracic",
        "cervical spine", "cervical", "neck", "upper back", "spine",
        "shoulder", "shoulders", "elbow", "elbows", "forearm", "forearms", "wrist", "wrists", "hand", "hands",
        "finger", "fingers", "thumb", "thumbs", "hip", "hips", "knee", "knees", "ankle", "ankles", "foot", "feet",
        "head", "brain", "brainstem", "abdomen", "pelvis", "sacroiliac",
        "upper extremities", "lower extremities", "upper extremity", "lower extremity", "upper limb", "lower limb",
        "lower leg", "leg", "legs", "arm", "arms",
        "RUE", "LUE", "BUE", "RLE", "LLE", "BLE",
    ];

    // The side written before a body part ("right hand", "bilateral upper extremities", "both knees").
    private const string SidePattern = @"(?:left|right|bilateral|both)";

    // Interpreted: request texts are short, and compiling it cost a one-letter run a tenth of its start-up.
    // The side is kept with the part it stands before ("right hand"); abbreviations match in capitals only.
    private static readonly Regex BodyPart = new(
        @"\b(?:" + SidePattern + @"\s+)?(?:" + string.Join('|', BodyPartNames.Where(p => !IsAbbreviation(p)).OrderByDescending(p => p.Length).Select(Regex.Escape)) + @")\b"
        + @"|\b(?-i:" + string.Join('|', BodyPartNames.Where(IsAbbreviation).Select(Regex.Escape)) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(MatchTimeoutMilliseconds));

    /// <summary>
    /// Reads what <paramref name="request"/> states; fields the text does not state stay empty.
    /// Only the first <see cref="MaxRequestLength"/> characters are read.
    /// </summary>
    public static RequestDetails Parse(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request = request.Length > MaxRequestLength ? request[..MaxRequestLength] : request;
        // "12 sessions of acupuncture, modified to 6": the clause says what UR authorized, never what was requested.
        var (asked, authorized) = WithoutAuthorization(request, Strength().IsMatch(request));
        request = asked;
        var strength = Strength().Match(request);
        var form = Form().Match(request);
        // "heat therapy pad" is equipment: a form word makes a medication only where no service word does.
        var isMedication = strength.Success || (form.Success && !ServiceWord().IsMatch(request));
        var counts = CountsOf(request, isMedication);
        return new RequestDetails
        {
            IsMedication = isMedication,
            DrugName = isMedication ? DrugNameOf(request, strength, form) : null,
            Strength = strength.Success ? strength.Value.Trim() : null,
            Form = form.Success ? FormName(form.Groups[1].Value) : null,
            Quantity = QuantityOf(request),
            Amount = Amount().Match(request) is { Success: true } amount ? amount.Groups[1].Value.Trim() : null,
            Refills = Refills().Match(request) is { Success: true } refills ? NumberWords.Parse(refills.Groups[1].Value) : null,
            Sessions = counts.Sessions,
            TimesPerWeek = counts.TimesPerWeek,
            Duration = counts.Duration,
            DurationWeeks = counts.DurationWeeks,
            RangesReadAtUpperBound = counts.Ranges,
            Authorized = authorized,
            BodyParts = BodyPartsOf(request),
        };
    }

    private static string? DrugNameOf(string request, Match strength, Match form)
    {
        var end = new[] { strength, form }.Where(m => m.Success).Select(m => m.Index + (m == form ? m.Length : 0)).DefaultIfEmpty(request.Length).Min();
        var name = request[..end];
        name = LeadingQualifiers().Replace(name, string.Empty);
        name = name.Trim().TrimEnd(',', '(', ' ').Trim();
        return name.Length == 0 ? null : name;
    }

    // A number too large for a decimal ("#999...9", 30 digits) states no quantity a reviewer could act on.
    private static decimal? QuantityOf(string request) =>
        Quantity().Match(request) is { Success: true } match
        && decimal.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var quantity)
            ? quantity
            : null;

    private static List<string> BodyPartsOf(string request)
    {
        // The alternation lists longer names first, so "low back" wins over "back" at the same place.
        // A side carries across a slash to the part after it: "left wrist/hand" is the left hand too.
        var parts = new List<string>();
        string? side = null;
        var end = -1;
        foreach (Match match in BodyPart.Matches(request))
        {
            var own = SideOf(match.Value);
            var joined = end >= 0 && request.AsSpan(end, match.Index - end).Trim().SequenceEqual("/");
            parts.Add(own is null && joined && side is not null ? $"{side} {match.Value}" : match.Value);
            side = own ?? (joined ? side : null);
            end = match.Index + match.Length;
        }

        return parts;
    }

    private static string? SideOf(string part) =>
        SideWord().Match(part) is { Success: true } side ? side.Value : null;

    private static bool IsAbbreviation(string name) => name.All(char.IsUpper);

    private static string FormName(string text)
    {
        var form = text.ToUpperInvariant();
        return form switch
        {
            "TAB" or "TABS" or "TABLETS" => "tablet",
            "CAP" or "CAPS" or "CAPSULES" => "capsule",
            "PATCHES" => "patch",
            "CREAMS" => "cream",
            "PADS" => "pad",
            _ => text.ToLowerInvariant(),
        };
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?(?:\s*[/-]\s*\d+(?:\.\d+)?)*\s*(?:mg/g|mg/ml|mcg/hr|mcg/h|mg|mcg|%|percent)(?:\s*[/-]\s*\d+(?:\.\d+)?\s*%)*", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking, MatchTimeoutMilliseconds)]
    private static partial Regex Strength();

    [GeneratedRegex(@"\b(?:sessions?|visits?|treatments?|therapy)\b", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex ServiceWord();

    [GeneratedRegex(@"\b(patch(?:es)?|cream|ointment|gel|lotion|tablets?|tabs?|capsules?|caps|pads?|solution|spray|suspension|liquid|powder|suppository|lozenge|film)\b", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex Form();

    [GeneratedRegex(@"(?:#\s*|\bQTY:?\s*|\bquantity:?\s+(?:of\s+)?)(\d+(?:\.\d+)?)", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\b(\d+(?:\.\d+)?\s*(?:gm|grams?|g|ml|oz))\b", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b(\d+|" + NumberWords.Pattern + @")\s+refills?\b", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex Refills();

    [GeneratedRegex(@"^(?:left|right|bilateral|both)\b", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex SideWord();

    [GeneratedRegex(@"^(?:\s*(?:retrospective|retro|prospective|post-?op|pre-?op|request for|one container of|(?:\w+\s+)?months?\s+(?:coverage|supply)\s+of|\w+\s+refills?\s+of)\s*:?)+", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex LeadingQualifiers();
}
