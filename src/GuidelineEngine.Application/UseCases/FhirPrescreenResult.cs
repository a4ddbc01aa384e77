using GuidelineEngine.Evaluation;
using GuidelineEngine.Fhir;

namespace GuidelineEngine.Application.UseCases;

/// <summary>A pre-screen of FHIR input: what was read, the note it made, and each item's evaluation, or why none was made.</summary>
/// <param name="Input">What the FHIR resources gave.</param>
/// <param name="Note">The note pre-screened (or that would have been).</param>
/// <param name="Items">Each requested item's evaluation; empty when <paramref name="Problems"/> is not.</param>
/// <param name="Problems">Why nothing could be pre-screened: what the input lacks, or a cap it passes; each with the field at fault.</param>
public sealed record FhirPrescreenResult(
    FhirPrescreenInput Input,
    PrescreenNote Note,
    IReadOnlyList<EvaluatedItem> Items,
    IReadOnlyList<(string Field, string Message)> Problems);
