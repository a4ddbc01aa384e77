using System.Globalization;
using System.Text.RegularExpressions;
using GuidelineEngine.Reading.Text;

namespace GuidelineEngine.Reading.Parsing;

/// <summary>
/// Tells a file that holds several letters (concatenated, or a mail merge) from one letter: a
/// letter has one "Case Number:" header line (published letters) and one CLINICAL CASE SUMMARY
/// heading (every letter).
/// </summary>
internal static partial class SeveralLetters
{
    // Line numbers quoted in the message: enough to find them, not a wall of numbers.
    private const int QuotedLines = 5;

    /// <summary>The error for a file with more than one letter header, or null for one letter.</summary>
    public static string? Find(IReadOnlyList<TextLine> lines)
    {
        var caseNumbers = lines.Where(l => CaseNumberLine().IsMatch(l.Text)).Select(l => l.Number).ToList();
        var summaries = lines.Where(l => string.Equals(l.Trimmed, LetterParser.SummarySection, StringComparison.OrdinalIgnoreCase)).Select(l => l.Number).ToList();
        var (marker, headers) = caseNumbers.Count >= summaries.Count ? ("a 'Case Number:' header", caseNumbers) : ($"a {LetterParser.SummarySection} heading", summaries);
        if (headers.Count < 2)
        {
            return null;
        }

        var quoted = string.Join(", ", headers.Take(QuotedLines).Select(n => n.ToString(CultureInfo.InvariantCulture)));
        var more = headers.Count > QuotedLines ? ", ..." : string.Empty;
        return $"holds {headers.Count:N0} letters ({marker} on lines {quoted}{more}): expected one letter per file; split it into one file per letter";
    }

    [GeneratedRegex(@"^\s*Case Number:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseNumberLine();
}
