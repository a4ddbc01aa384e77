using GuidelineEngine.Facts;
using GuidelineEngine.Model;

namespace GuidelineEngine.Extraction;

/// <summary>
/// What a reviewer has about the case before deciding: the clinical text, the patient and the
/// dates. It comes from an IMR letter or from a pre-screened note; it never holds an outcome.
/// </summary>
public sealed record CaseRecord
{
    /// <summary>The clinical text: the letter's clinical case summary or the pre-screened note.</summary>
    public required string ClinicalSummary { get; init; }

    /// <summary>The patient's age, when stated.</summary>
    public int? PatientAge { get; init; }

    /// <summary>The patient's sex, when stated.</summary>
    public Sex? PatientSex { get; init; }

    /// <summary>The date of injury, when a header states it.</summary>
    public DateOnly? DateOfInjury { get; init; }

    /// <summary>The date of the request or its UR denial, when stated apart from the text.</summary>
    public DateOnly? RequestDate { get; init; }

    /// <summary>The date of the IMR decision, the last resort for the request date.</summary>
    public DateOnly? DecisionDate { get; init; }

    /// <summary>The case part of a letter: its summary, patient and header dates.</summary>
    public static CaseRecord From(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return new CaseRecord
        {
            ClinicalSummary = letter.ClinicalSummary,
            PatientAge = letter.Patient.Age,
            PatientSex = letter.Patient.Sex,
            DateOfInjury = letter.Header.DateOfInjury,
            RequestDate = letter.Header.UrDenialDate,
            DecisionDate = letter.Header.DecisionDate,
        };
    }
}
