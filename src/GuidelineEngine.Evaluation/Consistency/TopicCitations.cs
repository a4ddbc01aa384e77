using System.Text.RegularExpressions;

namespace GuidelineEngine.Evaluation.Consistency;

/// <summary>
/// Where a topic's criteria sit in the guidelines, as the catalogue cites them: the phrase of its
/// name, its Chronic Pain guideline pages and the ACOEM body-part chapters its rules cite.
/// </summary>
internal sealed partial class TopicCitations
{
    private readonly IReadOnlyList<Regex> name;

    private TopicCitations(string topic, IReadOnlyList<Regex> name, IReadOnlySet<int> chronicPainPages, IReadOnlySet<string> chapters)
    {
        Topic = topic;
        this.name = name;
        ChronicPainPages = chronicPainPages;
        Chapters = chapters;
    }

    /// <summary>The topic's name.</summary>
    public string Topic { get; }

    /// <summary>The Chronic Pain Medical Treatment Guidelines pages its rules cite.</summary>
    public IReadOnlySet<int> ChronicPainPages { get; }

    /// <summary>
    /// The ACOEM body-part chapters its rules cite (e.g. "knee", "low back"), when every MTUS rule
    /// of the topic cites one (the imaging topics); empty otherwise, since a topic also decided on
    /// the Chronic Pain guidelines is not bound to one chapter.
    /// </summary>
    public IReadOnlySet<string> Chapters { get; }

    /// <summary>Reads a topic's citations from its rules.</summary>
    public static TopicCitations Of(string topic, IEnumerable<RuleDescriptor> rules)
    {
        var list = rules.ToList();
        var words = NameWords().Matches(topic).Select(m => m.Value.ToLowerInvariant())
            .Select(w => w.Length > 4 && w.EndsWith('s') ? Regex.Escape(w[..^1]) + "s?" : Regex.Escape(w));
        var patterns = words.Select(w => new Regex($@"\b{w}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToList();
        var pages = list.Where(r => IsChronicPain(r.Guideline)).SelectMany(r => ParsePages(r.Pages)).ToHashSet();
        var mtus = list.Where(r => r.IsMtus).ToList();
        var chapters = mtus.Count > 0 && mtus.All(r => ChaptersOf(r.Guideline).Count > 0)
            ? mtus.SelectMany(r => ChaptersOf(r.Guideline)).ToHashSet()
            : [];
        return new TopicCitations(topic, patterns, pages, chapters);
    }

    /// <summary>
    /// Whether a citation's text names the topic: every word of its name, in any order, e.g.
    /// "Muscle relaxants (for pain)" names MuscleRelaxants and "Opioids for Post-operative Pain" PostOperativeOpioids.
    /// </summary>
    public bool IsNamedIn(string text) => name.All(n => n.IsMatch(text));

    /// <summary>Whether a guideline name is the MTUS Chronic Pain Medical Treatment Guidelines.</summary>
    public static bool IsChronicPain(string guideline) => guideline.Contains("Chronic Pain", StringComparison.OrdinalIgnoreCase);

    /// <summary>The pages of "43, 78, 89", "78-80" or "178; 303"; a run of more than four digits is no page.</summary>
    public static IEnumerable<int> ParsePages(string pages)
    {
        foreach (Match m in PageRange().Matches(pages))
        {
            var from = int.Parse(m.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var to = m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture) : from;
            for (var page = from; page <= Math.Min(to, from + 200); page++)
            {
                yield return page;
            }
        }
    }

    /// <summary>The ACOEM body-part chapters a guideline name names.</summary>
    public static IReadOnlySet<string> ChaptersOf(string guideline)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Chapter().Matches(guideline))
        {
            var part = m.Value.ToLowerInvariant();
            found.Add(part switch
            {
                "forearm" or "wrist" or "hand" => "forearm, wrist and hand",
                "ankle" or "foot" => "ankle and foot",
                "neck" or "upper back" => "neck and upper back",
                _ => part,
            });
        }

        return found;
    }

    [GeneratedRegex("[A-Z][a-z]*|[0-9]+")]
    private static partial Regex NameWords();

    // A page has at most four digits: a longer run in a letter's "Page(s):" line is not a page and must not overflow.
    [GeneratedRegex(@"(?<!\d)(?<from>\d{1,4})(?!\d)(?:\s*-\s*(?<to>\d{1,4})(?!\d))?")]
    private static partial Regex PageRange();

    [GeneratedRegex(@"\b(low back|neck|upper back|shoulder|elbow|forearm|wrist|hand|knee|ankle|foot|hip)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Chapter();
}
