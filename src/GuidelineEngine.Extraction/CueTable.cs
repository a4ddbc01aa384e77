using System.Text.RegularExpressions;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Extraction;

/// <summary>
/// The cue phrases of <c>cues.json</c> (the negation grammar and the first topics' kinds) and of
/// each topic's file in <c>Cues/</c>, compiled and validated: every kind must name a
/// <see cref="FactKind"/>, be given in one file only, and every pattern must compile, or loading
/// fails naming the file and the entry.
/// </summary>
internal sealed class CueTable
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private CueTable(JObject json, IReadOnlyList<(string File, JObject Json)> topics)
    {
        NegationsBefore = Combine(Compile(json, "negationsBefore"));
        DocumentationNegationsBefore = Combine(Compile(json, "documentationNegationsBefore"));
        NegationsAfter = Combine(Compile(json, "negationsAfter"));
        // Optional: a grammar without pseudo-triggers sets nothing aside ("(?!)" never matches).
        ResultNegations = json["resultNegations"] is null ? new WarmingRegex("(?!)", Options) : Combine(Compile(json, "resultNegations"));
        PseudoTriggers = json["pseudoTriggers"] is null ? new WarmingRegex("(?!)", Options) : Combine(Compile(json, "pseudoTriggers"));
        PlainNegationThenDocumentedAfter = CompileOne(json, "plainNegationThenDocumentedAfter");
        ScopeTerminators = CompileOne(json, "scopeTerminators");
        WindowWords = json.Value<int?>("windowWords") ?? throw new InvalidDataException("cues.json: 'windowWords' is missing");
        var files = new List<(string File, JObject Json)> { ("cues.json", json) };
        files.AddRange(topics);
        var kinds = new List<KindCues>();
        var seen = new Dictionary<FactKind, string>();
        foreach (var (file, topic) in files)
        {
            var entries = topic["kinds"] as JObject ?? throw new InvalidDataException($"{file}: 'kinds' is missing");
            foreach (var p in entries.Properties())
            {
                var kind = Enum.TryParse<FactKind>(p.Name, out var parsed) && Enum.IsDefined(parsed)
                    ? parsed
                    : throw new InvalidDataException($"{file}: kind '{p.Name}' is not a fact kind; expected one of {string.Join(", ", Enum.GetNames<FactKind>())}");
                if (!seen.TryAdd(kind, file))
                {
                    throw new InvalidDataException($"{file}: kind '{p.Name}' is already given in {seen[kind]}; each kind has its cues in one file");
                }

                var compiled = Compile((JObject)p.Value, "cues", $"{file}: {p.Name}");
                var absent = p.Value["absentCues"] is null ? [] : Compile((JObject)p.Value, "absentCues", $"{file}: {p.Name}");
                kinds.Add(new KindCues(kind, Combine(compiled), absent.Count == 0 ? null : Combine(absent), p.Value.Value<bool?>("assessed") ?? false, p.Value.Value<bool?>("test") ?? false, LiteralsOf([.. compiled, .. absent])));
            }
        }

        Kinds = kinds;
        Prefilter = new CuePrefilter([.. kinds.Select(k => k.Literals)]);
    }

    public static CueTable Default { get; } = Load(
        ClinicalVocabulary.ReadResource(typeof(CueTable).Assembly, "GuidelineEngine.Extraction.cues.json"),
        [.. ClinicalVocabulary.ReadResources(typeof(CueTable).Assembly, "GuidelineEngine.Extraction.Cues.").Select(r => ("Cues/" + r.File, r.Json))]);

    public WarmingRegex NegationsBefore { get; }

    public WarmingRegex DocumentationNegationsBefore { get; }

    public WarmingRegex NegationsAfter { get; }

    /// <summary>"Negative" said of a sign or test just before or after it ("negative Tinel's sign", "Spurling's test was negative"), matched on the words around the cue joined as "before|after".</summary>
    public WarmingRegex ResultNegations { get; }

    /// <summary>Phrases that hold a trigger word but negate nothing ("no increase", "without contrast"), NegEx's pseudo-triggers.</summary>
    public WarmingRegex PseudoTriggers { get; }

    public Regex PlainNegationThenDocumentedAfter { get; }

    public Regex ScopeTerminators { get; }

    public int WindowWords { get; }

    public IReadOnlyList<KindCues> Kinds { get; }

    /// <summary>Which of <see cref="Kinds"/> (by index) can match a sentence.</summary>
    public CuePrefilter Prefilter { get; }

    public static CueTable Load(string json) => Load(json, []);

    /// <summary>The grammar and kinds of <paramref name="json"/> with the kinds of each topic file.</summary>
    public static CueTable Load(string json, IReadOnlyList<(string File, string Json)> topics) =>
        new(JObject.Parse(json), [.. topics.Select(t => (t.File, JObject.Parse(t.Json)))]);

    private static List<Regex> Compile(JObject json, string field, string? owner = null)
    {
        var values = json[field] as JArray ?? throw new InvalidDataException($"cues.json: '{owner ?? field}' has no list '{field}'");
        return [.. values.Select(v => Regex(v.Value<string>()!, owner ?? field))];
    }

    // One alternation finds the leftmost cue of a kind in a single pass, and whether any trigger of a list occurs.
    private static WarmingRegex Combine(List<Regex> cues) =>
        new(string.Join('|', cues.Select(c => $"(?:{c})")), Options);

    // Per cue, the literal clauses a match of it needs (none known: an empty list).
    private static List<IReadOnlyList<IReadOnlyList<string>>> LiteralsOf(List<Regex> cues) =>
        [.. cues.Select(c => RequiredLiterals.Of(c.ToString()))];

    private static Regex CompileOne(JObject json, string field) =>
        Regex(json.Value<string>(field) ?? throw new InvalidDataException($"cues.json: '{field}' is missing"), field);

    private static Regex Regex(string pattern, string owner)
    {
        try
        {
            return new Regex(pattern, Options);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"cues.json: a pattern of '{owner}' does not compile: {pattern}: {e.Message}", e);
        }
    }

    /// <summary>The cues of one kind, and per cue the literal clauses a match of it needs (<see cref="RequiredLiterals"/>).</summary>
    /// <remarks>
    /// <see cref="AbsentCue"/> holds the phrases that state the kind absent in themselves ("negative provocative testing",
    /// "physical therapy did not help"), where the negation lies inside the phrase rather than before or after it.
    /// <see cref="Test"/> marks a test whose negative result documents the test ("a negative urine drug screen"),
    /// which <see cref="ResultNegations"/> therefore leave alone.
    /// </remarks>
    internal sealed record KindCues(FactKind Kind, WarmingRegex Cue, WarmingRegex? AbsentCue, bool Assessed, bool Test, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Literals)
    {
        /// <summary>Whether every cue of the kind has a clause, so that the prefilter can leave the kind out.</summary>
        public bool Prefiltered => Literals.All(c => c.Count > 0);
    }
}
