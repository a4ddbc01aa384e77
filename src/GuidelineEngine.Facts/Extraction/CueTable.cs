using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Facts.Extraction;

/// <summary>
/// The cue phrases of <c>cues.json</c>, compiled and validated: every kind must name a
/// <see cref="FactKind"/> and every pattern must compile, or loading fails naming the entry.
/// </summary>
internal sealed class CueTable
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private CueTable(JObject json)
    {
        NegationsBefore = Compile(json, "negationsBefore");
        DocumentationNegationsBefore = Compile(json, "documentationNegationsBefore");
        NegationsAfter = Compile(json, "negationsAfter");
        PlainNegationThenDocumentedAfter = CompileOne(json, "plainNegationThenDocumentedAfter");
        ScopeTerminators = CompileOne(json, "scopeTerminators");
        WindowWords = json.Value<int?>("windowWords") ?? throw new InvalidDataException("cues.json: 'windowWords' is missing");
        var kinds = json["kinds"] as JObject ?? throw new InvalidDataException("cues.json: 'kinds' is missing");
        Kinds = [.. kinds.Properties().Select(p => new KindCues(
            Enum.TryParse<FactKind>(p.Name, out var kind) && Enum.IsDefined(kind)
                ? kind
                : throw new InvalidDataException($"cues.json: kind '{p.Name}' is not a fact kind; expected one of {string.Join(", ", Enum.GetNames<FactKind>())}"),
            Combine(Compile((JObject)p.Value, "cues", p.Name)),
            p.Value.Value<bool?>("assessed") ?? false))];
    }

    public static CueTable Default { get; } = Load(Vocabulary.ClinicalVocabulary.ReadResource("GuidelineEngine.Facts.cues.json"));

    public IReadOnlyList<Regex> NegationsBefore { get; }

    public IReadOnlyList<Regex> DocumentationNegationsBefore { get; }

    public IReadOnlyList<Regex> NegationsAfter { get; }

    public Regex PlainNegationThenDocumentedAfter { get; }

    public Regex ScopeTerminators { get; }

    public int WindowWords { get; }

    public IReadOnlyList<KindCues> Kinds { get; }

    public static CueTable Load(string json) => new(JObject.Parse(json));

    private static List<Regex> Compile(JObject json, string field, string? owner = null)
    {
        var values = json[field] as JArray ?? throw new InvalidDataException($"cues.json: '{owner ?? field}' has no list '{field}'");
        return [.. values.Select(v => Regex(v.Value<string>()!, owner ?? field))];
    }

    // One alternation finds the leftmost cue of a kind in a single pass.
    private static WarmingRegex Combine(List<Regex> cues) =>
        new(string.Join('|', cues.Select(c => $"(?:{c})")), Options);

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

    /// <summary>The cues of one kind.</summary>
    internal sealed record KindCues(FactKind Kind, WarmingRegex Cue, bool Assessed);
}
