using System.Globalization;
using System.Text.RegularExpressions;
using GuidelineEngine.Model;

namespace GuidelineEngine.Reading.Parsing;

/// <summary>
/// Parses a guideline paragraph ("Decision based on MTUS Low Back Complaints 2004, Section(s):
/// Special Studies. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG).")
/// into its citations.
/// </summary>
internal static partial class CitationParser
{
    private const string DecisionBasedOn = "Decision based on ";
    private const string NonMtusMarker = "Non-MTUS Citation";

    // Older letters run the guideline title and the section together ("MTUS Chronic Pain Treatment
    // Guidelines Medications for chronic pain, ..."): these titles let us split them.
    private static readonly string[] MtusTitles =
    [
        "Chronic Pain Medical Treatment Guidelines",
        "Chronic Pain Treatment Guidelines",
        "Chronic Pain Medical Treatment",
        "Chronic Pain Treatment",
        "Opioid Treatment",
        "Opioids Treatment",
        "Acupuncture Treatment",
        "Acupuncture Medical Treatment Guidelines",
        "Postsurgical Treatment",
        "Postsurgical Treatment Guidelines",
    ];

    public static IReadOnlyList<GuidelineCitation> Parse(string text)
    {
        var citations = new List<GuidelineCitation>();
        var at = text.IndexOf(DecisionBasedOn, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var next = text.IndexOf(DecisionBasedOn, at + DecisionBasedOn.Length, StringComparison.OrdinalIgnoreCase);
            var chunk = text[(at + DecisionBasedOn.Length)..(next < 0 ? text.Length : next)].Trim();
            citations.AddRange(ParseChunk(chunk));
            at = next;
        }

        return citations;
    }

    private static IEnumerable<GuidelineCitation> ParseChunk(string chunk)
    {
        if (chunk.StartsWith(NonMtusMarker, StringComparison.OrdinalIgnoreCase))
        {
            var source = TrimPunctuation(chunk[NonMtusMarker.Length..]);
            yield return new GuidelineCitation(WithoutYear(NameOf(source)), YearOf(source), null, PagesOf(source), false, chunk);
            yield break;
        }

        if (!chunk.StartsWith("MTUS", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        // "MTUS Low Back Complaints 2004, Section(s): Physical Methods, and Chronic Pain Medical Treatment 2016, Section(s): ..."
        foreach (var part in AnotherGuideline().Split(chunk[4..].Trim()))
        {
            var text = TrimPunctuation(part);
            if (text.Length == 0)
            {
                continue;
            }

            var sections = Match(SectionsOf(), text);
            var head = CutAt(text, "Section(s):", "Page(s):");
            var (name, titleSection) = SplitTitle(head);
            yield return new GuidelineCitation(
                WithoutYear(name),
                YearOf(head),
                sections is null ? titleSection : TrimPunctuation(sections),
                PagesOf(text),
                true,
                part.Trim());
        }
    }

    private static (string Name, string? Section) SplitTitle(string head)
    {
        foreach (var title in MtusTitles.OrderByDescending(t => t.Length))
        {
            if (head.StartsWith(title, StringComparison.OrdinalIgnoreCase))
            {
                var rest = TrimPunctuation(WithoutYear(head[title.Length..]));
                return (head[..title.Length], rest.Length == 0 ? null : rest);
            }
        }

        return (TrimPunctuation(head), null);
    }

    private static string NameOf(string source) => TrimPunctuation(CutAt(source, "Section(s):", "Page(s):"));

    private static string CutAt(string text, params string[] markers)
    {
        var cut = markers.Select(m => text.IndexOf(m, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(text.Length).Min();
        return TrimPunctuation(text[..cut]);
    }

    private static List<string> PagesOf(string text)
    {
        var pages = Match(PagesList(), text);
        return pages is null
            ? []
            : [.. PageRange().Matches(pages).Select(m => m.Value.Replace(" ", string.Empty, StringComparison.Ordinal))];
    }

    private static int? YearOf(string text)
    {
        var years = Year().Matches(text);
        return years.Count == 0 ? null : int.Parse(years[^1].Value, CultureInfo.InvariantCulture);
    }

    private static string WithoutYear(string text) =>
        TrimPunctuation(ParenthesisedDate().Replace(Year().Replace(text, string.Empty), string.Empty)).Replace("  ", " ", StringComparison.Ordinal);

    private static string? Match(Regex regex, string text)
    {
        var match = regex.Match(text);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string TrimPunctuation(string text) => text.Trim().Trim(',', '.', ';', ':', ' ').Trim();

    [GeneratedRegex(@",\s+and\s+(?=[A-Z][^,]*?\b(?:19|20)\d{2}\b)")]
    private static partial Regex AnotherGuideline();

    [GeneratedRegex(@"Section\(s\):\s*(.+?)(?=\s*Page\(s\):|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SectionsOf();

    [GeneratedRegex(@"Page\(s\):\s*([\d\s,;\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex PagesList();

    [GeneratedRegex(@"\d+(?:\s*-\s*\d+)?")]
    private static partial Regex PageRange();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\(\s*(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ParenthesisedDate();
}
