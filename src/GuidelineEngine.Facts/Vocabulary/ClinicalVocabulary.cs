using System.Reflection;
using Newtonsoft.Json;

namespace GuidelineEngine.Facts.Vocabulary;

/// <summary>
/// The drug and service vocabulary, loaded from the data files <c>drugs.json</c> and
/// <c>services.json</c> and validated on load. Immutable and safe to share across threads.
/// </summary>
public sealed class ClinicalVocabulary
{
    private readonly Dictionary<string, DrugEntry> drugsByAlias;
    private readonly Dictionary<string, ServiceEntry> servicesByAlias;
    private readonly Dictionary<string, TopicalRating> topicalRatings;

    private ClinicalVocabulary(IReadOnlyList<DrugEntry> drugs, IReadOnlyList<ServiceEntry> services, Dictionary<string, TopicalRating> topical)
    {
        Drugs = drugs;
        Services = services;
        topicalRatings = topical;
        drugsByAlias = Index(drugs, d => d.Aliases.Append(d.Name), "drugs.json");
        servicesByAlias = Index(services, s => s.Aliases.Append(s.Name), "services.json");
        DrugNames = new NameMatcher(drugsByAlias.Keys);
        ServiceNames = new NameMatcher(servicesByAlias.Keys);
    }

    /// <summary>The vocabulary shipped with the product, loaded once.</summary>
    public static ClinicalVocabulary Default { get; } = LoadEmbedded();

    /// <summary>Every drug entry.</summary>
    public IReadOnlyList<DrugEntry> Drugs { get; }

    /// <summary>Every service entry.</summary>
    public IReadOnlyList<ServiceEntry> Services { get; }

    /// <summary>Finds the drug names (brands, generics, misspellings).</summary>
    internal NameMatcher DrugNames { get; }

    /// <summary>Finds the service names.</summary>
    internal NameMatcher ServiceNames { get; }

    /// <summary>The drug a name means (brand, generic or misspelling), ignoring case; null when unknown.</summary>
    public DrugEntry? ResolveDrug(string name) => drugsByAlias.GetValueOrDefault(name.Trim());

    /// <summary>How MTUS rates an ingredient for topical use; null when it does not rate it.</summary>
    public TopicalRating? TopicalRatingOf(string ingredient) =>
        topicalRatings.TryGetValue(ingredient, out var rating) ? rating : null;

    /// <summary>Every drug named in <paramref name="text"/>, longest name first at each place, in order.</summary>
    public IReadOnlyList<VocabularyMatch> FindDrugs(string text) =>
        [.. DrugNames.Matches(text).Select(m => DrugMatch(text.Substring(m.Start, m.Length), m.Start))];

    /// <summary>Every service named in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<VocabularyMatch> FindServices(string text) =>
        [.. ServiceNames.Matches(text).Select(m => ServiceMatch(text.Substring(m.Start, m.Length), m.Start))];

    /// <summary>Loads and validates a vocabulary from the JSON of drugs.json and services.json.</summary>
    /// <exception cref="InvalidDataException">An entry is incomplete, names an unknown class, or an alias means two entries.</exception>
    public static ClinicalVocabulary Load(string drugsJson, string servicesJson) => Load(drugsJson, servicesJson, []);

    /// <summary>Loads and validates a vocabulary from drugs.json, services.json and each topic's service file.</summary>
    /// <exception cref="InvalidDataException">An entry is incomplete, names an unknown class, or an alias means two entries.</exception>
    public static ClinicalVocabulary Load(string drugsJson, string servicesJson, IReadOnlyList<string> topicServicesJson)
    {
        ArgumentNullException.ThrowIfNull(topicServicesJson);
        var drugFile = JsonConvert.DeserializeObject<VocabularyFile>(drugsJson) ?? throw new InvalidDataException("drugs.json: empty");
        var serviceFile = JsonConvert.DeserializeObject<VocabularyFile>(servicesJson) ?? throw new InvalidDataException("services.json: empty");
        foreach (var topic in topicServicesJson)
        {
            serviceFile.Services.AddRange((JsonConvert.DeserializeObject<VocabularyFile>(topic) ?? throw new InvalidDataException("a topic service file is empty")).Services);
        }

        var drugs = drugFile.Drugs.Select((d, i) => new DrugEntry(
            Required(d.Name, "drugs.json", i, "name"),
            ParseEnum<DrugClass>(d.Class, "drugs.json", d.Name, "class"),
            d.Subclass,
            d.Form,
            NonEmpty(d.Ingredients, "drugs.json", d.Name, "ingredients"),
            NonEmpty(d.Aliases, "drugs.json", d.Name, "aliases"))).ToList();
        var services = serviceFile.Services.Select((s, i) => new ServiceEntry(
            Required(s.Name, "services.json", i, "name"),
            ParseEnum<ServiceCategory>(s.Category, "services.json", s.Name, "category"),
            NonEmpty(s.Aliases, "services.json", s.Name, "aliases"))).ToList();
        var topical = drugFile.TopicalIngredients.ToDictionary(
            p => p.Key,
            p => ParseEnum<TopicalRating>(p.Value.Replace("-", string.Empty, StringComparison.Ordinal), "drugs.json", p.Key, "topicalIngredients"),
            StringComparer.OrdinalIgnoreCase);
        return new ClinicalVocabulary(drugs, services, topical);
    }

    private static ClinicalVocabulary LoadEmbedded() =>
        Load(ReadResource(Data, "GuidelineEngine.Facts.drugs.json"), ReadResource(Data, "GuidelineEngine.Facts.services.json"),
            [.. ReadResources(Data, "GuidelineEngine.Facts.Services.").Select(r => r.Json)]);

    private static Assembly Data => typeof(ClinicalVocabulary).Assembly;

    // Each topic keeps its own data file (Cues/imaging.json, Services/imaging.json), read in name order.
    internal static IEnumerable<(string File, string Json)> ReadResources(Assembly assembly, string prefix) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[prefix.Length..], ReadResource(assembly, n)));

    internal static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Dictionary<string, T> Index<T>(IEnumerable<T> entries, Func<T, IEnumerable<string>> names, string file)
        where T : class
    {
        var index = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            foreach (var name in names(entry).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (index.TryGetValue(name, out var other) && !ReferenceEquals(other, entry))
                {
                    throw new InvalidDataException($"{file}: the name '{name}' means both {other} and {entry}; each name must mean one entry");
                }

                index[name] = entry;
            }
        }

        return index;
    }

    private VocabularyMatch DrugMatch(string name, int start) => new(start, name.Length, name, drugsByAlias[name], null);

    private VocabularyMatch ServiceMatch(string name, int start) => new(start, name.Length, name, null, servicesByAlias[name]);

    private static string Required(string? value, string file, int index, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"{file}: entry {index + 1} has no {field}") : value;

    private static List<string> NonEmpty(List<string> values, string file, string? name, string field) =>
        values.Count == 0 || values.Any(string.IsNullOrWhiteSpace)
            ? throw new InvalidDataException($"{file}: entry '{name}' needs a non-empty list of {field}")
            : values;

    private static T ParseEnum<T>(string? value, string file, string? name, string field)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new InvalidDataException($"{file}: entry '{name}' has {field} '{value}', expected one of {string.Join(", ", Enum.GetNames<T>())}");
}
