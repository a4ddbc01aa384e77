using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;
using Newtonsoft.Json;

namespace GuidelineEngine.Facts.Index;

/// <summary>
/// The guideline topic index: every topic of the MTUS guidelines (and the ODG topics reviewers use
/// where the MTUS is silent) with its citation, status and the phrasings requests name it by,
/// loaded from the index files shipped with the rules (<c>rules/GuidelineEngine.Rules.Mtus/Index/*.json</c>)
/// and validated on load. Finds the topic a request names. Immutable and safe to share.
/// </summary>
public sealed partial class GuidelineIndex
{
    private readonly Dictionary<string, IndexTopic> byPhrasing;
    private readonly NameMatcher phrasings;

    private GuidelineIndex(IReadOnlyList<IndexTopic> topics, Dictionary<string, IndexTopic> byPhrasing)
    {
        Topics = topics;
        this.byPhrasing = byPhrasing;
        phrasings = new NameMatcher(byPhrasing.Keys);
    }

    /// <summary>The index shipped with the product, loaded once.</summary>
    public static GuidelineIndex Default { get; } = Load(ClinicalVocabulary.ReadResources(typeof(GuidelineIndex).Assembly, ResourcePrefix));

    /// <summary>Every topic, in file and row order.</summary>
    public IReadOnlyList<IndexTopic> Topics { get; }

    /// <summary>The prefix of the index files' resource names.</summary>
    internal const string ResourcePrefix = "GuidelineEngine.Facts.Index.";

    /// <summary>The topic with the id, or null.</summary>
    public IndexTopic? Find(string id) => Topics.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The topic a request names: the longest index phrasing in its name (the first of equal
    /// length), else the topic one of its recognised drugs (any of its names) or services (its own name) is named for; null when
    /// the index knows none of its words.
    /// </summary>
    public IndexTopic? TopicOf(RequestFacts request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TopicOf(request.Name) ?? request.Drugs.SelectMany(d => d.Aliases.Prepend(d.Name).Concat(d.Ingredients))
            .Concat(request.Services.Select(s => s.Name))
            .Select(name => byPhrasing.GetValueOrDefault(name))
            .FirstOrDefault(t => t is not null);
    }

    /// <summary>
    /// The topic the longest index phrasing in <paramref name="text"/> names (the first of equal
    /// length), trying the text as written and then without the words that only qualify a request
    /// ("MRI of the bilateral brain without contrast" reads as "MRI brain"); null when none.
    /// </summary>
    public IndexTopic? TopicOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Longest(text) ?? Longest(Spaces().Replace(Qualifiers().Replace(text, " "), " ").Trim());
    }

    private IndexTopic? Longest(string text)
    {
        var best = phrasings.Matches(text).OrderByDescending(m => m.Length).ThenBy(m => m.Start).Select(m => text.Substring(m.Start, m.Length)).FirstOrDefault();
        return best is null ? null : byPhrasing[best];
    }

    /// <summary>Loads and validates an index from its files (name and JSON of each).</summary>
    /// <exception cref="InvalidDataException">A row is incomplete, names an unknown status or family, repeats an id, or a phrasing names two topics; the message names the file, the row and what was expected.</exception>
    public static GuidelineIndex Load(IEnumerable<(string File, string Json)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var topics = new List<IndexTopic>();
        var problems = new List<string>();
        foreach (var (file, json) in files)
        {
            IndexFile? parsed;
            try
            {
                parsed = JsonConvert.DeserializeObject<IndexFile>(json);
            }
            catch (JsonException e)
            {
                problems.Add($"{file}: not valid JSON ({e.Message}); expected {{\"topics\": [...]}}");
                continue;
            }

            if (parsed is null || parsed.Topics.Count == 0)
            {
                problems.Add($"{file}: no topics; expected {{\"topics\": [...]}} with one row per guideline topic");
                continue;
            }

            for (var i = 0; i < parsed.Topics.Count; i++)
            {
                var topic = Read(file, i + 1, parsed.Topics[i], problems);
                if (topic is not null)
                {
                    topics.Add(topic);
                }
            }
        }

        foreach (var duplicate in topics.GroupBy(t => t.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"{string.Join(" and ", duplicate.Select(t => t.File).Distinct())}: the id '{duplicate.Key}' is used by {duplicate.Count()} rows; expected each id once");
        }

        var byPhrasing = new Dictionary<string, IndexTopic>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in topics)
        {
            foreach (var phrasing in topic.Phrasings)
            {
                if (byPhrasing.TryGetValue(phrasing, out var other) && !ReferenceEquals(other, topic))
                {
                    problems.Add($"{topic.File}: row '{topic.Id}': the phrasing '{phrasing}' also names '{other.Id}' ({other.File}); expected each phrasing to name one topic");
                    continue;
                }

                byPhrasing[phrasing] = topic;
            }
        }

        return problems.Count > 0
            ? throw new InvalidDataException("The guideline topic index is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
            : new GuidelineIndex(topics, byPhrasing);
    }

    private static IndexTopic? Read(string file, int number, IndexFile.Row row, List<string> problems)
    {
        var where = $"{file}: row {number}{(string.IsNullOrWhiteSpace(row.Id) ? string.Empty : $" '{row.Id}'")}";
        var count = problems.Count;
        string Required(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{where}: has no {field}; expected a non-empty {field}");
            }

            return value ?? string.Empty;
        }

        T Parsed<T>(string? value, string field)
            where T : struct, Enum
        {
            if (Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
            {
                return parsed;
            }

            problems.Add($"{where}: {field} '{value}' is unknown; expected one of {string.Join(", ", Enum.GetNames<T>())}");
            return default;
        }

        var topic = new IndexTopic
        {
            Id = Required(row.Id, "id"),
            Guideline = Required(row.Guideline, "guideline"),
            Edition = Required(row.Edition, "edition"),
            Chapter = Required(row.Chapter, "chapter"),
            Topic = Required(row.Topic, "topic"),
            Pages = row.Pages ?? string.Empty,
            PagesConfirmed = row.PagesConfirmed,
            Status = Parsed<TopicStatus>(row.Status, "status"),
            StatusText = row.StatusText ?? string.Empty,
            Family = Parsed<RequestFamily>(row.Family, "family"),
            Mtus = row.Mtus ?? RequiredFlag(where, problems),
            Phrasings = [.. row.Phrasings.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
            EncodedTopic = string.IsNullOrWhiteSpace(row.EncodedTopic) ? null : row.EncodedTopic,
            Reason = string.IsNullOrWhiteSpace(row.Reason) ? null : row.Reason,
            File = file,
        };
        if (row.Phrasings.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add($"{where}: has an empty phrasing; expected words a request names the topic by");
        }

        if (topic.PagesConfirmed && string.IsNullOrWhiteSpace(topic.Pages))
        {
            problems.Add($"{where}: pages are marked confirmed but none are given; expected the pages a letter confirms");
        }

        return problems.Count == count ? topic : null;
    }

    private static bool RequiredFlag(string where, List<string> problems)
    {
        problems.Add($"{where}: has no mtus flag; expected true for an MTUS guideline, false for ODG or another guideline outside the MTUS");
        return false;
    }

    // Words that qualify a request (side, contrast, articles) rather than name what it is.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(of|the|a|an|for|to|bilateral|left|right|both|with|without|w/o|w/|and|contrast|repeat|outpatient|retrospective|request(ed)?|additional)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Qualifiers();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();
}
