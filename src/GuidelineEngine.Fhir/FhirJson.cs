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
            throw new FhirInputException($"{where}: malformed JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message}", e);
        }
    }
}
