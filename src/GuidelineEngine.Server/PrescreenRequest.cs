using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server;

/// <summary>The body of <c>POST /api/prescreen</c>.</summary>
internal sealed class PrescreenRequest
{
    // A key given twice (two "items" lists) is an error: merging or keeping one would evaluate what the caller did not mean.
    private static readonly JsonLoadSettings Strict = new() { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { MissingMemberHandling = MissingMemberHandling.Ignore });

    /// <summary>The clinical note or summary to pre-screen.</summary>
    public string? ClinicalText { get; set; }

    /// <summary>The requested items, e.g. "Norco 10/325mg #60".</summary>
    public List<string?>? Items { get; set; }

    /// <summary>The request date, yyyy-MM-dd; chooses the guideline edition.</summary>
    public string? RequestDate { get; set; }

    /// <summary>The JSON value of <paramref name="body"/>, or null for an empty body.</summary>
    /// <exception cref="JsonException">The body is not JSON, has a key twice or text after the value.</exception>
    public static JToken? Read(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        // Dates stay text: the endpoint checks them as yyyy-MM-dd itself.
        using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None };
        var token = JToken.ReadFrom(reader, Strict);
        if (reader.Read())
        {
            throw new JsonReaderException($"additional text after the JSON value at position {reader.LinePosition}");
        }

        return token;
    }

    /// <summary>The request an object whose fields have the right JSON types (see <see cref="WrongType"/>) holds.</summary>
    public static PrescreenRequest Bind(JObject json) => json.ToObject<PrescreenRequest>(Serializer)!;

    /// <summary>The first field whose JSON type cannot bind (an array for the note, a string for the items), or null.</summary>
    public static string? WrongType(JObject json)
    {
        static bool TextOrNull(JToken? t) => t is null || t.Type is JTokenType.String or JTokenType.Null;
        if (!TextOrNull(json["clinicalText"]))
        {
            return "clinicalText";
        }

        if (json["items"] is { } items && items.Type != JTokenType.Null && !(items is JArray array && array.All(TextOrNull)))
        {
            return "items";
        }

        return TextOrNull(json["requestDate"]) ? null : "requestDate";
    }

    /// <summary>What the field must hold, in JSON terms, e.g. for a string sent where an array belongs.</summary>
    public static string Expected(string field) => field switch
    {
        "items" => "must be a JSON array of strings, e.g. [\"Norco 10/325mg #60\"]",
        "requestDate" => "must be a JSON string yyyy-MM-dd, e.g. \"2014-09-10\"",
        _ => "must be a JSON string holding the clinical note",
    };
}
