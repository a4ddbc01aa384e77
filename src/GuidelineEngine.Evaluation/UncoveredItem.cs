using System.Text.RegularExpressions;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Index;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Evaluation;

/// <summary>
/// Says why no topic covers an item: what the request was recognised as (the drug and its class,
/// or the service, the body part it names and the words of its name the vocabulary did not
/// place), so that a reader sees which topic or which word is missing rather than a family name
/// ("imaging") that several encoded topics share.
/// </summary>
public static partial class UncoveredItem
{
    // Words of an item name that say nothing about what is requested: articles, sides, counts and
    // the usual qualifiers of a service; they are never "not recognised".
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "with", "without", "for", "of", "to", "per", "left", "right", "bilateral", "both",
        "contrast", "scan", "study", "studies", "times", "week", "weeks", "month", "months", "session", "sessions",
        "visit", "visits", "additional", "repeat", "request", "outpatient", "retrospective", "each", "x",
    };

    /// <summary>
    /// The reason an item of these facts is not covered: the index topic it names and why no rule
    /// decides it; else what the vocabulary recognised; else the family its words place it in and
    /// the words not recognised.
    /// </summary>
    public static string Reason(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var vocabulary = VocabularyReason(facts);
        return facts.Request.IndexTopic switch
        {
            { EncodedTopic: { } encoded } topic => $"{Named(topic)} is decided by the topic {encoded}, which does not cover this request: {vocabulary}",
            { } topic => $"{IndexCoverage.ReasonNotEncoded(topic)} (index topic {topic.Id})",
            null => vocabulary,
        };
    }

    private static string Named(IndexTopic topic) => $"{(topic.Mtus ? string.Empty : "Non-MTUS ")}{topic.Guideline} {topic.Topic}";

    private static string VocabularyReason(ItemFacts facts)
    {
        var request = facts.Request;
        if (request.Drug is { } drug)
        {
            return $"no encoded topic covers {Describe(drug.Class.ToString())} ({drug.Name}{(request.IsTopical ? ", topical" : string.Empty)}{(request.IsInjection ? ", injected" : string.Empty)})";
        }

        var unknown = NotRecognised(request);
        var notRecognised = unknown.Count > 0 ? $"; words not recognised: {string.Join(", ", unknown)}" : string.Empty;
        if (request.Service is { } service)
        {
            var qualifier = request.IsPostOperative ? "post-operative " : request.IsInpatient ? "inpatient " : string.Empty;
            var parts = request.BodyParts.Select(p => p.Name.ToLowerInvariant()).Distinct().ToList();
            var where = parts.Count > 0 ? $" of the {string.Join(" and the ", parts)}" : string.Empty;
            return $"no encoded topic covers {qualifier}{Describe(service.Category.ToString())} requests{where}{notRecognised}";
        }

        var nothingKnown = request.IndexTopic is null ? "the request names no drug or service the vocabulary knows and no topic of the guideline index" : "the request names no drug or service the vocabulary knows";
        return RequestFamilies.Of(request) is { } family
            ? $"{nothingKnown}; by its words it is a {Describe(family.ToString())} request{notRecognised}"
            : $"{nothingKnown}, and no word places it in a family (drug, imaging, test, procedure, therapy, device, service, programme){notRecognised}";
    }

    // The words of the item's name that neither its service's names nor its body parts account for.
    private static List<string> NotRecognised(RequestFacts request)
    {
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = request.Services.Concat(request.Service is { } s ? [s] : [])
            .SelectMany(e => e.Aliases.Append(e.Name))
            .Concat(request.BodyParts.Select(p => p.Name));
        foreach (var name in names)
        {
            known.UnionWith(Words().Matches(name).Select(m => m.Value));
        }

        return [.. Words().Matches(request.Name).Select(m => m.Value)
            .Where(w => w.Length > 2 && !known.Contains(w) && !Filler.Contains(w))
            .Select(w => w.ToLowerInvariant())
            .Distinct()];
    }

    // "DurableMedicalEquipment" reads as "durable medical equipment"; acronyms such as "PPI" stay as they are.
    private static string Describe(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]) ? " " + char.ToLowerInvariant(c) : i == 0 && name.Length > 1 && !char.IsUpper(name[1]) ? char.ToLowerInvariant(c).ToString() : c.ToString()));

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
