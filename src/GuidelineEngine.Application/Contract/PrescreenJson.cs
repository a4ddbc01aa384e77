using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;

namespace GuidelineEngine.Application.Contract;

/// <summary>The JSON of a pre-screen, the same for the page's API, a FHIR Bundle and <c>guideline prescreen --format json</c>.</summary>
public static class PrescreenJson
{
    /// <summary><c>disclaimer</c>, <c>mode</c> and each item with its criteria, missing documentation and the note's highlights.</summary>
    public static Dictionary<string, object?> Response(IReadOnlyList<EvaluatedItem> items, string clinicalText)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new Dictionary<string, object?>
        {
            [EvaluationJson.DisclaimerField] = PhysicianDisclaimer.Text,
            ["mode"] = EvaluationModes.Name(EvaluationMode.Prescreen),
            ["items"] = items.Select(i => EvaluationJson.Item(i, withOutcome: false, highlightIn: clinicalText)).ToList(),
        };
    }

    /// <summary>A FHIR pre-screen: the same response, and under <c>fhir</c> what the resources gave (the note, request date, patient, diagnoses, each request's structured fields, notices).</summary>
    public static Dictionary<string, object?> Response(FhirPrescreenResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var input = result.Input;
        var response = Response(result.Items, result.Note.ClinicalText);
        response["fhir"] = new
        {
            clinicalText = input.ClinicalText,
            requestDate = input.RequestDate,
            patient = new { age = input.PatientAge, sex = input.PatientSex },
            diagnoses = input.Diagnoses,
            requests = input.Items.Select(i => new { item = i.Text, source = i.Source, structured = i.Structured }),
            notices = input.Notices,
        };
        return response;
    }
}
