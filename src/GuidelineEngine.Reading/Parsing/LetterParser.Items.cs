using System.Text.RegularExpressions;
using GuidelineEngine.Model;
using GuidelineEngine.Reading.Text;

namespace GuidelineEngine.Reading.Parsing;

internal static partial class LetterParser
{
    private const string ClaimsAdministratorLabel = "Claims Administrator guideline:";
    private const string MaximusLabel = "MAXIMUS guideline:";
    private const string RationaleLabel = "Decision rationale:";
    private const string ItemsIntroEnd = "set forth below:";

    private static List<DisputedItem> ReadItems(IReadOnlyList<TextLine> lines, int issuesAt)
    {
        var first = issuesAt + 1;
        for (var i = first; i < Math.Min(lines.Count, issuesAt + 4); i++)
        {
            if (lines[i].Trimmed.EndsWith(ItemsIntroEnd, StringComparison.OrdinalIgnoreCase))
            {
                first = i + 1;
                break;
            }
        }

        var headings = FindHeadings(lines, first);
        if (headings.Count == 0)
        {
            throw new LetterFormatException(
                IssuesSection,
                lines[issuesAt].Number,
                "no disputed item was found: expected a heading ending in ': Upheld' or ': Overturned' followed by the guideline paragraphs; the letter seems cut off");
        }

        var items = new List<DisputedItem>(headings.Count);
        for (var n = 0; n < headings.Count; n++)
        {
            var (start, outcomeAt, outcome) = headings[n];
            var bodyEnd = n + 1 < headings.Count ? headings[n + 1].Start : lines.Count;
            items.Add(ReadItem(lines, n + 1, start, outcomeAt, outcome, bodyEnd));
        }

        return items;
    }

    private static List<(int Start, int OutcomeAt, Outcome Outcome)> FindHeadings(IReadOnlyList<TextLine> lines, int first)
    {
        var headings = new List<(int, int, Outcome)>();
        for (var i = first; i < lines.Count; i++)
        {
            // Most lines name no outcome: a plain search rules them out before the pattern runs.
            var line = lines[i].Trimmed;
            if (!line.Contains("upheld", StringComparison.OrdinalIgnoreCase) && !line.Contains("overturned", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var match = OutcomeLine().Match(line);
            if (!match.Success || !NextNonBlankStartsItemBody(lines, i + 1))
            {
                continue;
            }

            var start = i;
            while (start - 1 >= first && !lines[start - 1].IsBlank && !IsPageBreakBetweenParagraphs(lines, start))
            {
                start--;
            }

            var outcome = Enum.Parse<Outcome>(match.Groups["outcome"].Value, ignoreCase: true);
            headings.Add((start, i, outcome));
        }

        return headings;
    }

    // pdftotext drops the blank line between a paragraph that ends a page and one that opens the next.
    private static bool IsPageBreakBetweenParagraphs(IReadOnlyList<TextLine> lines, int at) =>
        lines[at].StartsPage && lines[at - 1].Trimmed.EndsWith('.');

    private static bool NextNonBlankStartsItemBody(IReadOnlyList<TextLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            var text = lines[i].Trimmed;
            return text.StartsWith(ClaimsAdministratorLabel, StringComparison.OrdinalIgnoreCase)
                || text.StartsWith(MaximusLabel, StringComparison.OrdinalIgnoreCase)
                || text.StartsWith(RationaleLabel, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private static DisputedItem ReadItem(IReadOnlyList<TextLine> lines, int number, int start, int outcomeAt, Outcome outcome, int bodyEnd)
    {
        var heading = Fold(Slice(lines, start, outcomeAt + 1));
        var (request, modification) = RequestOf(heading);
        var body = Slice(lines, outcomeAt + 1, bodyEnd);

        var claimsAt = body.FindIndex(l => l.Trimmed.StartsWith(ClaimsAdministratorLabel, StringComparison.OrdinalIgnoreCase));
        var maximusAt = body.FindIndex(l => l.Trimmed.StartsWith(MaximusLabel, StringComparison.OrdinalIgnoreCase));
        var rationaleAt = body.FindIndex(l => l.Trimmed.StartsWith(RationaleLabel, StringComparison.OrdinalIgnoreCase));
        if (rationaleAt < 0)
        {
            throw new LetterFormatException(
                IssuesSection,
                lines[outcomeAt].Number,
                $"item {number} '{request}' has no '{RationaleLabel}' paragraph: the letter seems cut off mid-item");
        }

        var rationale = ParagraphText(body, rationaleAt, body.Count, RationaleLabel, keepLines: true);
        if (rationale.Length == 0)
        {
            throw new LetterFormatException(
                IssuesSection,
                body[rationaleAt].Number,
                $"item {number} '{request}' has an empty '{RationaleLabel}' paragraph: the letter seems cut off mid-item");
        }

        // A last rationale that stops mid-sentence is a cut letter; one that ends a sentence but
        // states no conclusion may be cut too, or merely worded otherwise: LetterWarnings says so.
        if (bodyEnd == lines.Count && !RationaleEnding.EndsSentence(rationale))
        {
            throw new LetterFormatException(
                IssuesSection,
                lines[^1].Number,
                $"item {number} '{request}' has a '{RationaleLabel}' paragraph that stops before its conclusion (it ends \"{RationaleEnding.LastWords(rationale)}\"): the letter seems cut off; items after it may be missing");
        }

        return new DisputedItem
        {
            Number = number,
            Heading = heading,
            Request = request,
            Modification = modification,
            Outcome = outcome,
            ClaimsAdministratorGuideline = Basis(body, claimsAt, NextMarker(claimsAt, maximusAt, rationaleAt), ClaimsAdministratorLabel),
            MaximusGuideline = Basis(body, maximusAt, NextMarker(maximusAt, rationaleAt), MaximusLabel),
            Rationale = rationale,
            Details = RequestDetailsParser.Parse(request, modification),
        };
    }

    private static int NextMarker(int from, params int[] candidates) =>
        candidates.Where(c => c > from).DefaultIfEmpty(-1).Min();

    private static GuidelineBasis? Basis(List<TextLine> body, int at, int end, string label)
    {
        if (at < 0 || end < 0)
        {
            return null;
        }

        var text = ParagraphText(body, at, end, label, keepLines: false);
        return new GuidelineBasis(text, CitationParser.Parse(text));
    }

    private static string ParagraphText(List<TextLine> body, int at, int end, string label, bool keepLines)
    {
        var first = body[at].Text.TrimStart();
        var lines = new List<string> { first[label.Length..].TrimStart() };
        lines.AddRange(body.Skip(at + 1).Take(end - at - 1).Select(l => l.Text));
        while (lines.Count > 0 && lines[^1].Trim().Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return keepLines
            ? string.Join('\n', lines).Trim()
            : Whitespace().Replace(string.Join(' ', lines), " ").Trim();
    }

    private static List<TextLine> Slice(IReadOnlyList<TextLine> lines, int start, int end) =>
        [.. Enumerable.Range(start, Math.Max(0, end - start)).Select(i => lines[i])];

    /// <summary>
    /// The request IMR decided, from a heading such as "Norco 10/325mg #60: Upheld" or, for a
    /// modified request, "X was the original request. Y was authorized by the Claims
    /// Administrator. The remaining IMR eligible portion of the original request, Z is: Upheld".
    /// </summary>
    internal static (string Request, ModifiedRequest? Modification) RequestOf(string heading)
    {
        var body = OutcomeSuffix().Replace(heading, string.Empty).Trim();
        var original = OriginalRequest().Match(body);
        if (!original.Success)
        {
            return (CleanRequest(body), null);
        }

        var authorized = AuthorizedByAdministrator().Match(body) is { Success: true } a ? a
            : AdministratorAuthorized().Match(body);
        var decidedAt = body.LastIndexOf("original request", StringComparison.OrdinalIgnoreCase);
        var decided = CleanRequest(body[(decidedAt + "original request".Length)..]);
        var originalText = CleanRequest(original.Groups[1].Value);
        var modification = new ModifiedRequest(originalText, authorized.Success ? CleanRequest(authorized.Groups[1].Value) : null);
        return (decided.Length > 0 ? decided : originalText, modification);
    }

    private static string CleanRequest(string text) =>
        LeadingOrTrailingJoiners().Replace(text.Trim(), string.Empty).Trim();

    [GeneratedRegex(@"^(?<text>.*?)(?:^|:\s*|\s)(?<outcome>Upheld|Overturned)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeLine();

    [GeneratedRegex(@"(?:\s*:\s*|\s+)(?:Upheld|Overturned)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeSuffix();

    [GeneratedRegex(@"^(?:The request for\s+)?(.+?) was the original request\.", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalRequest();

    [GeneratedRegex(@"original request\.\s*(.+?) was authorized by the Claims Administrator", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorizedByAdministrator();

    [GeneratedRegex(@"The Claims Administrator authorized (.+?)(?:, leaving|\.\s)", RegexOptions.IgnoreCase)]
    private static partial Regex AdministratorAuthorized();

    [GeneratedRegex(@"^(?:[,:]\s*|is\s+)+|(?:\s+is|[,.:])+$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingOrTrailingJoiners();
}
