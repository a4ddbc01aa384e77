using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace GuidelineEngine.Fhir;

/// <summary>
/// Reads FHIR R4 JSON with the Firely SDK in its recoverable mode: real-world resources often carry
/// small departures from the specification (a string for a number, an unknown element), and a
/// pre-screen should read what it can rather than refuse them. Only input that is not a resource
/// at all is an error.
/// </summary>
public static class FhirJson
{
    // One deserializer serves every thread: it holds settings only.
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings().UsingMode(DeserializationMode.Recoverable));

    /// <summary>The media type of FHIR JSON.</summary>
    public const string MediaType = "application/fhir+json";

    /// <summary>Reads one resource (a Bundle or any other) from <paramref name="json"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="where">What the text is, for the error message: a file name or <c>prefetch.patient</c>.</param>
    /// <exception cref="FhirInputException">The text is not JSON or not a FHIR R4 resource.</exception>
    public static Resource Read(string json, string where)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new FhirInputException($"{where}: is empty: expected a FHIR R4 resource in JSON, e.g. a Bundle");
        }

        // The recoverable mode reads any object it is given; what is no resource at all is said here.
        var type = ResourceTypeOf(json, where);
        if (!ModelInfo.IsKnownResource(type))
        {
            throw new FhirInputException($"{where}: resourceType '{type}' is not a FHIR R4 resource type: expected e.g. Bundle, DocumentReference, MedicationRequest");
        }

        try
        {
            return Deserializer.DeserializeResource(json);
        }
        catch (DeserializationFailedException e)
        {
            var first = e.Exceptions.FirstOrDefault();
            var detail = first?.Message ?? e.Message;
            throw new FhirInputException($"{where}: not a FHIR R4 resource: {detail}", e);
        }
        catch (JsonException e)
        {
            throw Malformed(where, e);
        }
    }

    private static string ResourceTypeOf(string json, string where)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FhirInputException($"{where}: is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}: expected a FHIR R4 resource (an object with resourceType)");
            }

            return document.RootElement.TryGetProperty("resourceType", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() is { Length: > 0 } name
                ? name
                : throw new FhirInputException($"{where}: not a FHIR R4 resource: it has no resourceType (expected e.g. \"resourceType\": \"Bundle\")");
        }
        catch (JsonException e)
        {
            throw Malformed(where, e);
        }
    }

    private static FhirInputException Malformed(string where, JsonException e) =>
        new($"{where}: malformed JSON at line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}: expected a FHIR R4 resource", e);
}
