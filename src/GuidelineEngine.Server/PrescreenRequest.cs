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

    /// <summary>The request in <paramref name="body"/>, or null for a JSON <c>null</c>.</summary>
    /// <exception cref="JsonException">The body is not JSON, has a key twice, text after the object, or fields of the wrong type.</exception>
    public static PrescreenRequest? Parse(string body)
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

        return token.ToObject<PrescreenRequest>(Serializer);
    }
}
