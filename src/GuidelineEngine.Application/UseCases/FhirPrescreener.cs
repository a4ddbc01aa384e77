using GuidelineEngine.Fhir;

namespace GuidelineEngine.Application.UseCases;

/// <summary>
/// Pre-screens FHIR R4 input through the same use case as the page and <c>POST /api/prescreen</c>:
/// the note's text goes through fact extraction, the structured fields of the requests are taken as stated.
/// </summary>
public sealed class FhirPrescreener(Prescreener prescreener, TimeProvider time)
{
    /// <summary>Reads a Bundle (or a lone resource) and pre-screens it.</summary>
    /// <param name="json">The FHIR JSON.</param>
    /// <param name="where">What the JSON is, for error messages: a file name or <c>body</c>.</param>
    /// <exception cref="FhirInputException">The JSON is not a FHIR R4 resource.</exception>
    public FhirPrescreenResult PrescreenBundle(string json, string where) =>
        Prescreen(FhirPrescreenMapper.Map(FhirJson.Read(json, where), Today));

    /// <summary>The day it is, for a patient's age when the input gives no request date.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>Pre-screens what FHIR resources gave; nothing is evaluated when the input lacks a note or an item.</summary>
    public FhirPrescreenResult Prescreen(FhirPrescreenInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var note = NoteOf(input);
        var problems = input.Missing.Select(m => (Field: m == FhirPrescreenMapper.NoNote ? "clinicalText" : "items", Message: m)).ToList();
        if (problems.Count == 0)
        {
            problems.AddRange(note.Problems());
        }

        return new FhirPrescreenResult(input, note, problems.Count == 0 ? prescreener.Prescreen(note) : [], problems);
    }

    /// <summary>The note the page would be given for the same input, with the structured fields beside it.</summary>
    public static PrescreenNote NoteOf(FhirPrescreenInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new PrescreenNote(input.ClinicalText, [.. input.Items.Select(i => i.Text)], input.RequestDate)
        {
            StructuredDetails = [.. input.Items.Select(i => i.Structured)],
            PatientAge = input.PatientAge,
            PatientSex = input.PatientSex,
        };
    }
}
