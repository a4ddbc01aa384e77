using GuidelineEngine.Model;

namespace GuidelineEngine.Fhir;

/// <summary>
/// What a FHIR Bundle or a CDS Hooks request gives a pre-screen: the note's text for fact
/// extraction, the requested items with their structured fields, the request date and the patient.
/// It holds no payer decision as a fact: a ClaimResponse is only reported in <see cref="Notices"/>.
/// </summary>
public sealed record FhirPrescreenInput
{
    /// <summary>The clinical note: the text attachments of the DocumentReference and DiagnosticReport resources, in order, and the diagnoses of the Condition resources.</summary>
    public required string ClinicalText { get; init; }

    /// <summary>The requested items, in the order of their resources.</summary>
    public required IReadOnlyList<FhirRequestedItem> Items { get; init; }

    /// <summary>The request date: the earliest <c>authoredOn</c> of the requests, else a Claim's <c>created</c>.</summary>
    public DateOnly? RequestDate { get; init; }

    /// <summary>The patient's age on the request date (or on the day read when none), from Patient.birthDate.</summary>
    public int? PatientAge { get; init; }

    /// <summary>The patient's sex, from Patient.gender.</summary>
    public Sex? PatientSex { get; init; }

    /// <summary>The diagnoses of the Condition resources, as text.</summary>
    public IReadOnlyList<string> Diagnoses { get; init; } = [];

    /// <summary>What a pre-screen needs and the input lacks, e.g. "no clinical note: ...".</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>What was read but not used, or read with a problem: skipped resources, a ClaimResponse's outcome.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
