using System.Globalization;
using System.Text.RegularExpressions;

namespace GuidelineEngine.Text;

/// <summary>Finds dates as clinical letters write them: 07/21/2014, 2/8/98, 11-29-2016, July 23, 1978, January 2013.</summary>
public static partial class ClinicalDates
{
    // Two-digit years above this are 19xx ("09/20/96"), the rest 20xx ("11/11/13").
    private const int TwoDigitYearPivot = 30;

    /// <summary>Every date in <paramref name="text"/>, with its offset and length.</summary>
    public static IEnumerable<(int Start, int Length, DateOnly Date)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in AnyDate().Matches(text))
        {
            if (Parse(m) is DateOnly date)
            {
                yield return (m.Index, m.Length, date);
            }
        }
    }

    /// <summary>The first date in <paramref name="text"/>, or null.</summary>
    public static DateOnly? ParseOne(string text) => Find(text).Select(d => (DateOnly?)d.Date).FirstOrDefault();

    /// <summary>The latest date in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Latest(string text) => Find(text).Select(d => (DateOnly?)d.Date).Max();

    /// <summary>A date as an API or a configuration writes it: <c>yyyy-MM-dd</c> exactly.</summary>
    public static bool TryParseIso(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    public static string ToIso(DateOnly date) => date.ToString(IsoFormat, CultureInfo.InvariantCulture);

    /// <summary>The one format dates are written in by the product.</summary>
    public const string IsoFormat = "yyyy-MM-dd";

    private static DateOnly? Parse(Match m)
    {
        try
        {
            if (m.Groups["m"].Success)
            {
                var year = Year(m.Groups["y"].Value);
                var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
            }

            var monthNumber = DateTime.ParseExact(m.Groups["mn"].Value[..3], "MMM", CultureInfo.InvariantCulture).Month;
            var dayNumber = m.Groups["dn"].Success ? int.Parse(m.Groups["dn"].Value, CultureInfo.InvariantCulture) : 1;
            var yearNumber = int.Parse(m.Groups["yn"].Value, CultureInfo.InvariantCulture);
            return dayNumber <= DateTime.DaysInMonth(yearNumber, monthNumber) ? new DateOnly(yearNumber, monthNumber, dayNumber) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static int Year(string text)
    {
        var year = int.Parse(text, CultureInfo.InvariantCulture);
        return text.Length == 2 ? (year > TwoDigitYearPivot ? 1900 + year : 2000 + year) : year;
    }

    [GeneratedRegex(@"\b(?<m>\d{1,2})[/-](?<d>\d{1,2})[/-](?<y>\d{4}|\d{2})\b|\b(?<mn>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?\s+(?:(?<dn>\d{1,2}),?\s+)?(?<yn>(?:19|20)\d{2})\b")]
    private static partial Regex AnyDate();
}
