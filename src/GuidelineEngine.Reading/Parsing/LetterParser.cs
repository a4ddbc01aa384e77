using GuidelineEngine.Model;
using GuidelineEngine.Reading.Text;

namespace GuidelineEngine.Reading.Parsing;

/// <summary>
/// Reads normalised letter lines into a <see cref="Letter"/>. The letter's own section headings
/// are the anchors: everything before CLINICAL CASE SUMMARY is header and reviewer, the summary
/// runs to IMR ISSUES, DECISIONS AND RATIONALES, and the items follow.
/// </summary>
internal static partial class LetterParser
{
    public const string SummarySection = "CLINICAL CASE SUMMARY";
    public const string IssuesSection = "IMR ISSUES, DECISIONS AND RATIONALES";
    private const string HowMadeHeading = "HOW THE IMR FINAL DETERMINATION WAS MADE";

    public static Letter Parse(string file, IReadOnlyList<TextLine> lines)
    {
        var summaryAt = IndexOfHeading(lines, SummarySection, 0);
        if (summaryAt < 0)
        {
            throw new LetterFormatException(
                SummarySection,
                null,
                $"not an IMR letter: no '{SummarySection}' heading was found (expected a line reading {SummarySection} before the disputed items)");
        }

        var issuesAt = IndexOfHeading(lines, IssuesSection, summaryAt + 1);
        if (issuesAt < 0)
        {
            throw new LetterFormatException(
                IssuesSection,
                lines[^1].Number,
                $"no '{IssuesSection}' heading after the clinical case summary: the letter seems cut off or is not an IMR letter");
        }

        var howMadeAt = IndexOfHeading(lines, HowMadeHeading, 0);
        var preamble = lines.Take(summaryAt).ToList();
        var headerLines = howMadeAt >= 0 && howMadeAt < summaryAt ? preamble.Take(howMadeAt).ToList() : preamble;
        var summary = ReadSummary(lines, summaryAt, issuesAt);

        return new Letter
        {
            File = file,
            Header = ReadHeader(headerLines),
            Reviewer = ReadReviewer(preamble),
            ClinicalSummary = summary,
            Patient = ReadPatient(summary),
            Items = ReadItems(lines, issuesAt),
        };
    }

    private static int IndexOfHeading(IReadOnlyList<TextLine> lines, string heading, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (string.Equals(lines[i].Trimmed, heading, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Folds wrapped lines into one line of text with single spaces.</summary>
    internal static string Fold(IEnumerable<TextLine> lines) =>
        Whitespace().Replace(string.Join(' ', lines.Select(l => l.Trimmed)), " ").Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();
}
