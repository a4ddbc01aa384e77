using System.Globalization;
using System.Text.RegularExpressions;
using GuidelineEngine.Text;

namespace GuidelineEngine.Reading.Parsing;

/// <summary>
/// The counts of a request as letters write them: "12 sessions", "Eight (8) physical therapy
/// sessions", "Physical Therapy sessions, 12", "times 12", "x3", "2x6", "2 x 4 weeks",
/// "3 visits per week for 2 weeks", "two times four visits (8)", and ranges such as "1 to 2 times
/// per week", which are read at their upper bound and listed so that an explanation can say so.
/// </summary>
public static partial class RequestDetailsParser
{
    private const string Count = @"\d+|" + NumberWords.Pattern;

    /// <summary>The counts a request states.</summary>
    private sealed record Counts(int? Sessions, int? TimesPerWeek, string? Duration, int? DurationWeeks, IReadOnlyList<string> Ranges);

    private static Counts CountsOf(string request, bool isMedication)
    {
        var (text, ranges) = AtUpperBound(request);
        var (duration, weeks) = DurationOf(text);
        int? perWeek = PerWeek().Match(text) is { Success: true } frequency ? NumberWords.Parse(frequency.Groups[1].Value) : null;
        if (!isMedication && FrequencyByWeeks().Match(text) is { Success: true } shorthand)
        {
            // "2x6", "2 x 4 weeks": the therapy shorthand for twice a week for six (four) weeks.
            perWeek ??= NumberWords.Parse(shorthand.Groups["f"].Value);
            weeks ??= WeeksOf(shorthand.Groups["w"].Value, 1);
            duration ??= $"{shorthand.Groups["w"].Value} weeks";
        }

        return new Counts(SessionsOf(text, isMedication), perWeek, duration, weeks, ranges);
    }

    // A range ("1 to 2 times", "six to eight weeks", "1-2 visits") is read at its upper bound: what
    // the request asks at most. The ranges so read are returned as written.
    private static (string Text, IReadOnlyList<string> Ranges) AtUpperBound(string request)
    {
        var ranges = new List<string>();
        var text = CountRange().Replace(request, m =>
        {
            var low = NumberWords.Parse(m.Groups["lo"].Value);
            var high = NumberWords.Parse(m.Groups["hi"].Value);
            if (low is null || high is null || low >= high)
            {
                return m.Value;
            }

            ranges.Add($"{m.Value.Trim()} {m.Groups["unit"].Value}");
            return m.Groups["hi"].Value;
        });
        return (text, ranges);
    }

    // The first count that states the sessions wins, most explicit first: a total in brackets
    // after the course ("2 times a week for 2 weeks (4)"), a count before the unit ("6 visits",
    // "Eight (8) sessions"), after it ("sessions, 12"), after a '#', then "times 12" or "x3".
    private static int? SessionsOf(string text, bool isMedication)
    {
        if (BracketedTotal().Match(text) is { Success: true } total)
        {
            return Whole(total.Groups["n"].Value);
        }

        if (SessionsBefore().Match(text) is { Success: true } before)
        {
            return Whole(before.Groups["n"].Value);
        }

        if (isMedication)
        {
            return null;
        }

        if (SessionsAfter().Match(text) is { Success: true } after)
        {
            return Whole(after.Groups["n"].Value);
        }

        // "Acupuncture therapy sessions lumbar spine #6": a whole count after '#' on a service is its sessions.
        if (ServiceWord().IsMatch(text) && QuantityOf(text) is { } count && count == decimal.Truncate(count) && count <= int.MaxValue)
        {
            return (int)count;
        }

        return Times().Match(text) is { Success: true } times ? Whole(times.Groups["n"].Value) : null;
    }

    private static int? Whole(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : NumberWords.Parse(text);

    private static (string? Text, int? Weeks) DurationOf(string request)
    {
        var match = Duration().Match(request);
        if (!match.Success)
        {
            return (null, null);
        }

        var unit = match.Groups["unit"].Value.ToUpperInvariant();
        var perUnit = unit switch
        {
            var u when u.StartsWith("WEEK", StringComparison.Ordinal) => 1,
            var u when u.StartsWith("MONTH", StringComparison.Ordinal) => WeeksPerMonth,
            var u when u.StartsWith("DAY", StringComparison.Ordinal) => -DaysPerWeek,
            _ => 0,
        };
        return ($"{match.Groups["n"].Value} {match.Groups["unit"].Value}", WeeksOf(match.Groups["n"].Value, perUnit));
    }

    // Weeks of a count of units: positive perUnit is weeks per unit, negative days per week (rounded up).
    // A count no request states (past a few hundred thousand) has no duration in weeks.
    private static int? WeeksOf(string countText, int perUnit)
    {
        var count = NumberWords.Parse(countText);
        return count is null or > MaxDurationCount || perUnit == 0 ? null
            : perUnit > 0 ? count * perUnit
            : (count + DaysPerWeek - 1) / DaysPerWeek;
    }

    [GeneratedRegex(@"\b(?<lo>" + Count + @")\s*(?:to|-)\s*(?<hi>" + Count + @")(?=\s*(?<unit>times|x|visits?|sessions?|treatments?|weeks?|months?|days?)\b)", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex CountRange();

    [GeneratedRegex(@"(?<=\b(?:sessions?|visits?|treatments?|weeks?|months?)\s*)\((?<n>\d+)(?:\s+(?:sessions?|visits?|treatments?))?\)", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex BracketedTotal();

    // The words between the count and the unit ("Eight physical therapy sessions") are never a
    // frequency's ("two times four visits" counts four, not two); "3 visits per week" is a frequency.
    [GeneratedRegex(@"\b(?<n>" + Count + @")\)?(?:\s*\(\d+\))?\s+(?:(?!(?:times|x)\b)[A-Za-z/-]+\s+){0,3}?(?:sessions?|visits?|treatments?)\b(?!\s*(?:(?:per|a|each|every)\s+week|/\s*week))", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex SessionsBefore();

    [GeneratedRegex(@"\b(?:sessions?|visits?|treatments?)\s*,?\s*(?<n>\d+)\b(?!\s*(?:times|x|per|/|weeks?|months?|days?|\)))", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex SessionsAfter();

    // "times 2", "x3", "x 3": units of a service; never "times six weeks" (a duration) nor "2x6" (a frequency).
    [GeneratedRegex(@"(?<!\d\s*)\b(?:times|x)\s*(?<n>" + Count + @")\b(?!\s*(?:weeks?|months?|days?|per\b|a\s+week|/|times\b|x\b|visits?|sessions?))", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex Times();

    [GeneratedRegex(@"\b(?<f>\d+)\s*x\s*(?<w>\d+)(?:\s*(?:weeks?|wks?))?\b(?!\s*(?:sessions?|visits?|/|per\b|days?|months?))", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex FrequencyByWeeks();

    [GeneratedRegex(@"\b(\d+|one|two|three|four|five|six|once|twice|thrice)\s*(?:times?|x|visits?|sessions?|treatments?)?\s*(?:a|per|/)\s*week\b", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex PerWeek();

    [GeneratedRegex(@"\b(?:for|times|x)\s+(?<n>" + Count + @")\s+(?<unit>weeks?|months?|days?)\b", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex Duration();
}
