using System.Text.RegularExpressions;
using GuidelineEngine.Facts;
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

    /// <summary>The reason an item of these facts is not covered.</summary>
    public static string Reason(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
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

        return $"the request names no drug or service the vocabulary knows{notRecognised}";
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
