using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Reporting;

/// <summary>
/// Which parts of a clinical text to highlight for an item: the whole sentences its criteria
/// relied on, merged where they overlap, in text order. The QA report and the pre-screen page
/// both highlight by these spans.
/// </summary>
public static partial class EvidenceHighlights
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
            .SelectMany(c => c.Result.Evidence.Select(fact => (Fact: fact, Criterion: c)))
            .Where(e => e.Fact.Section == SourceSection.Summary && e.Fact.Start >= 0 && e.Fact.Start + e.Fact.Length <= text.Length)
            .ToList();
        var segments = new List<HighlightSegment>();
        var at = 0;
        foreach (var span in Spans(text, evidence.Select(e => e.Fact)))
        {
            if (span.Start > at)
            {
                segments.Add(new HighlightSegment(Unwrapped(text[at..span.Start]), []));
            }

            var inSpan = evidence.Where(e => e.Fact.Start < span.End && e.Fact.Start + e.Fact.Length > span.Start).ToList();
            var supports = inSpan.Select(e => e.Criterion).Distinct()
                .Select(c => Supports(c, inSpan.Where(e => e.Criterion == c).Select(e => e.Fact)))
                .Distinct(StringComparer.Ordinal).ToList();
            segments.Add(new HighlightSegment(Unwrapped(text[span.Start..span.End]), supports.Count > 0 ? supports : ["the criteria above"]));
            at = span.End;
        }

        if (at < text.Length)
        {
            segments.Add(new HighlightSegment(Unwrapped(text[at..]), []));
        }

        return segments;
    }

    /// <summary>
    /// What a sentence is evidence for under one criterion: its short name when the criterion is
    /// met; otherwise also what the sentence documents and what is still missing, so that a
    /// sentence marked for a criterion that is not documented does not read as if it settled it
    /// (e.g. "Four As (documents pain score; still missing: activities of daily living, ...)").
    /// </summary>
    private static string Supports(CriterionEvaluation criterion, IEnumerable<Fact> facts)
    {
        var name = CriterionName.Of(criterion.Rule.Id);
        if (criterion.Result.Status is CriterionStatus.Met or CriterionStatus.NotApplicable)
        {
            return name;
        }

        var kinds = facts.ToList();
        var parts = new List<string>();
        if (KindWords(kinds, Polarity.Present) is { Length: > 0 } documents)
        {
            parts.Add("documents " + documents);
        }

        if (KindWords(kinds, Polarity.Absent) is { Length: > 0 } absent)
        {
            parts.Add("says no " + absent);
        }

        parts.Add(criterion.Result.Status == CriterionStatus.NotMet ? "not met"
            : criterion.Result.MissingDocumentation is { } missing ? "still missing: " + missing.Replace("; ", ", ", StringComparison.Ordinal)
            : "not documented");
        return $"{name} ({string.Join("; ", parts)})";
    }

    private static string KindWords(IEnumerable<Fact> facts, Polarity polarity) => string.Join(", ", facts
        .Where(f => f.Polarity == polarity)
        .Select(f => CriterionName.Of(f.Kind.ToString()).ToLowerInvariant())
        .Distinct(StringComparer.Ordinal));

    /// <summary>
    /// The text with the letter's hard line breaks joined: a single line break reads as a space,
    /// a blank line stays a paragraph break.
    /// </summary>
    public static string Unwrapped(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LineBreaks().Replace(text, m => m.Value.Count(c => c == '\n') > 1 ? "\n\n" : " ");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[ \t]*(?:\r?\n[ \t]*)+")]
    private static partial System.Text.RegularExpressions.Regex LineBreaks();

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
        while (at > 0 && !(SentenceEndsBefore(text, at) && (at == text.Length || char.IsWhiteSpace(text[at]))))
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

        // A sentence that ends inside a quotation or parenthesis ends after its closing marks, so a label never splits them off.
        at = Math.Min(text.Length, at + 1);
        while (at < text.Length && ClosingMarks.Contains(text[at]))
        {
            at++;
        }

        return at;
    }

    private const string ClosingMarks = "\"'\u201D\u2019)]";

    // True when text[..at] ends a sentence: a full stop, perhaps followed by closing quotes or brackets.
    private static bool SentenceEndsBefore(string text, int at)
    {
        while (at > 0 && ClosingMarks.Contains(text[at - 1]))
        {
            at--;
        }

        return at > 0 && text[at - 1] == '.';
    }
}
