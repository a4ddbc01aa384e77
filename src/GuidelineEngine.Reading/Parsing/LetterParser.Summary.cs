using GuidelineEngine.Reading.Text;

namespace GuidelineEngine.Reading.Parsing;

internal static partial class LetterParser
{
    // The summary opens with this boilerplate, wrapped over one or two lines, before the reviewer's text.
    private const string SummaryPreambleEnd = "medical records:";
    private const int SummaryPreambleMaxLines = 3;

    private static string ReadSummary(IReadOnlyList<TextLine> lines, int summaryAt, int issuesAt)
    {
        var start = summaryAt + 1;
        for (var i = start; i < Math.Min(issuesAt, start + SummaryPreambleMaxLines); i++)
        {
            if (lines[i].Trimmed.EndsWith(SummaryPreambleEnd, StringComparison.OrdinalIgnoreCase))
            {
                start = i + 1;
                break;
            }
        }

        var end = issuesAt;
        while (start < end && lines[start].IsBlank)
        {
            start++;
        }

        while (end > start && lines[end - 1].IsBlank)
        {
            end--;
        }

        if (start >= end)
        {
            throw new LetterFormatException(
                SummarySection,
                lines[summaryAt].Number,
                $"the '{SummarySection}' section is empty: expected the reviewer's summary of the case before '{IssuesSection}'");
        }

        return string.Join('\n', Enumerable.Range(start, end - start).Select(i => lines[i].Text));
    }
}
