using GuidelineEngine.Evaluation;
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

    /// <summary>
    /// <paramref name="text"/> cut into plain runs and highlighted sentences (the spans of
    /// <see cref="Spans"/>), each highlight naming the criteria it is evidence for: the one
    /// rendering of highlights both the report and the pre-screen page show.
    /// </summary>
    public static IReadOnlyList<HighlightSegment> Segments(string text, IEnumerable<CriterionEvaluation> criteria)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(criteria);
        var evidence = criteria
            .SelectMany(c => c.Result.Evidence.Select(fact => (Fact: fact, Name: CriterionName.Of(c.Rule.Id))))
            .Where(e => e.Fact.Section == SourceSection.Summary && e.Fact.Start >= 0 && e.Fact.Start + e.Fact.Length <= text.Length)
            .ToList();
        var segments = new List<HighlightSegment>();
        var at = 0;
        foreach (var span in Spans(text, evidence.Select(e => e.Fact)))
        {
            if (span.Start > at)
            {
                segments.Add(new HighlightSegment(text[at..span.Start], []));
            }

            var supports = evidence.Where(e => e.Fact.Start < span.End && e.Fact.Start + e.Fact.Length > span.Start)
                .Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList();
            segments.Add(new HighlightSegment(text[span.Start..span.End], supports.Count > 0 ? supports : ["the criteria above"]));
            at = span.End;
        }

        if (at < text.Length)
        {
            segments.Add(new HighlightSegment(text[at..], []));
        }

        return segments;
    }

    /// <summary>The segments as HTML: encoded text, each highlighted sentence in a <c>mark</c> followed by the criteria it is evidence for.</summary>
    public static string Html(IEnumerable<HighlightSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var html = new System.Text.StringBuilder();
        foreach (var segment in segments)
        {
            if (!segment.IsHighlight)
            {
                html.Append(System.Net.WebUtility.HtmlEncode(segment.Text));
                continue;
            }

            html.Append("<mark>").Append(System.Net.WebUtility.HtmlEncode(segment.Text)).Append("</mark>")
                .Append("<span class=\"supports\">").Append(System.Net.WebUtility.HtmlEncode(SupportsLabel(segment))).Append("</span>");
        }

        return html.ToString();
    }

    /// <summary>What a highlighted sentence says of itself, e.g. "evidence for: Four As, Monitoring".</summary>
    public static string SupportsLabel(HighlightSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return "evidence for: " + string.Join(", ", segment.Supports);
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
