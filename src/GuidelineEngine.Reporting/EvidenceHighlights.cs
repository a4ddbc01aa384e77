using GuidelineEngine.Facts;

namespace GuidelineEngine.Reporting;

/// <summary>
/// Which parts of a clinical text to highlight for an item: the whole sentences its criteria
/// relied on, merged where they overlap, in text order. The QA report and the pre-screen page
/// both highlight by these spans.
/// </summary>
public static class EvidenceHighlights
{
    /// <summary>The spans of <paramref name="text"/> to highlight for the given evidence; only summary facts with a span count.</summary>
    public static IReadOnlyList<TextSpan> Spans(string text, IEnumerable<Fact> evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        var sentences = evidence
            .Where(e => e.Section == SourceSection.Summary && e.Start >= 0 && e.Start + e.Length <= text.Length)
            .Select(e => (Start: SentenceStart(text, e.Start), End: SentenceEnd(text, e.Start + e.Length)))
            .OrderBy(s => s.Start)
            .ToList();
        var spans = new List<TextSpan>();
        var at = 0;
        foreach (var (start, end) in sentences)
        {
            if (end <= at)
            {
                continue;
            }

            var from = Math.Max(start, at);
            spans.Add(new TextSpan(from, end - from));
            at = end;
        }

        return spans;
    }

    private static int SentenceStart(string text, int at)
    {
        while (at > 0 && !(text[at - 1] == '.' && (at == text.Length || char.IsWhiteSpace(text[at]))))
        {
            at--;
        }

        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static int SentenceEnd(string text, int at)
    {
        while (at < text.Length && text[at] != '.')
        {
            at++;
        }

        return Math.Min(text.Length, at + 1);
    }
}
