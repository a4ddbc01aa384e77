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

    private static readonly string[] BodyPartNames =
    [
        "low back", "lower back", "lumbar spine", "lumbar", "thoracic spine", "cervical spine", "cervical", "neck",
        "upper back", "shoulder", "elbow", "forearm", "wrist", "hand", "finger", "thumb", "hip", "knee", "ankle",
        "foot", "feet", "head", "spine", "upper extremities", "lower extremities", "upper extremity", "lower extremity",
        "pelvis", "sacroiliac", "leg", "arm",
    ];

    // Interpreted: request texts are short, and compiling it cost a one-letter run a tenth of its start-up.
    private static readonly Regex BodyPart = new(
        @"\b(?:" + string.Join('|', BodyPartNames.OrderByDescending(p => p.Length).Select(Regex.Escape)) + @")\b",
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
        var strength = Strength().Match(request);
        var form = Form().Match(request);
        // "heat therapy pad" is equipment: a form word makes a medication only where no service word does.
        var isMedication = strength.Success || (form.Success && !ServiceWord().IsMatch(request));
        var (duration, weeks) = DurationOf(request);
        return new RequestDetails
        {
            IsMedication = isMedication,
            DrugName = isMedication ? DrugNameOf(request, strength, form) : null,
            Strength = strength.Success ? strength.Value.Trim() : null,
            Form = form.Success ? FormName(form.Groups[1].Value) : null,
            Quantity = QuantityOf(request),
            Amount = Amount().Match(request) is { Success: true } amount ? amount.Groups[1].Value.Trim() : null,
            Refills = Refills().Match(request) is { Success: true } refills ? NumberWords.Parse(refills.Groups[1].Value) : null,
            Sessions = Sessions().Match(request) is { Success: true } sessions ? NumberWords.Parse(sessions.Groups[1].Value) : SessionsByCount(request),
            TimesPerWeek = PerWeek().Match(request) is { Success: true } perWeek ? NumberWords.Parse(perWeek.Groups[1].Value) : null,
            Duration = duration,
            DurationWeeks = weeks,
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

    // "Acupuncture therapy sessions lumbar spine #6": a whole count after '#' on a service is its sessions.
    private static int? SessionsByCount(string request) =>
        ServiceWord().IsMatch(request) && QuantityOf(request) is { } count && count == decimal.Truncate(count) && count <= int.MaxValue
            ? (int)count
            : null;

    private static (string? Text, int? Weeks) DurationOf(string request)
    {
        var match = Duration().Match(request);
        if (!match.Success)
        {
            return (null, null);
        }

        var count = NumberWords.Parse(match.Groups["n"].Value);
        var unit = match.Groups["unit"].Value.ToUpperInvariant();
        // A count no request states (past a few hundred thousand weeks) has no duration in weeks.
        int? weeks = count is null or > MaxDurationCount ? null : unit switch
        {
            var u when u.StartsWith("WEEK", StringComparison.Ordinal) => count,
            var u when u.StartsWith("MONTH", StringComparison.Ordinal) => count * WeeksPerMonth,
            var u when u.StartsWith("DAY", StringComparison.Ordinal) => (count + DaysPerWeek - 1) / DaysPerWeek,
            _ => null,
        };
        return ($"{match.Groups["n"].Value} {match.Groups["unit"].Value}", weeks);
    }

    private static List<string> BodyPartsOf(string request)
    {
        // The alternation lists longer names first, so "low back" wins over "back" at the same place.
        return [.. BodyPart.Matches(request).Select(m => m.Value)];
    }

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

    [GeneratedRegex(@"\b(\d+|" + NumberWords.Pattern + @")\s+(?:[A-Za-z/-]+\s+){0,3}?(?:sessions?|visits?|treatments?)\b", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex Sessions();

    [GeneratedRegex(@"\b(\d+|one|two|three|four|five|six|once|twice|thrice)\s*(?:times?|x)?\s*(?:a|per|/)\s*week\b", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex PerWeek();

    [GeneratedRegex(@"\b(?:for|times|x)\s+(?<n>\d+|" + NumberWords.Pattern + @")\s+(?<unit>weeks?|months?|days?)\b", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex Duration();

    [GeneratedRegex(@"^(?:\s*(?:retrospective|retro|prospective|post-?op|pre-?op|request for|one container of|(?:\w+\s+)?months?\s+(?:coverage|supply)\s+of|\w+\s+refills?\s+of)\s*:?)+", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex LeadingQualifiers();
}
