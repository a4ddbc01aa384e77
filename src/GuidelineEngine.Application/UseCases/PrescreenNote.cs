using System.Globalization;
using GuidelineEngine.Model;

namespace GuidelineEngine.Application.UseCases;

/// <summary>
/// What a reviewer pre-screens: a clinical note, the items it requests and, optionally, the
/// request date that chooses the guideline edition. It has no recorded outcome.
/// </summary>
/// <param name="ClinicalText">The clinical note.</param>
/// <param name="Items">The requested items, e.g. "Norco 10/325mg #60".</param>
/// <param name="RequestDate">The date of the request, when known.</param>
public sealed record PrescreenNote(string ClinicalText, IReadOnlyList<string> Items, DateOnly? RequestDate = null)
{
    /// <summary>
    /// What a structured request (a FHIR MedicationRequest or ServiceRequest) states of each item,
    /// by position in <see cref="Items"/>: a field given here is taken as stated over what the
    /// item's text reads. Empty for a pasted note.
    /// </summary>
    public IReadOnlyList<RequestDetails?> StructuredDetails { get; init; } = [];

    /// <summary>The patient's age, when a structured record states it.</summary>
    public int? PatientAge { get; init; }

    /// <summary>The patient's sex, when a structured record states it.</summary>
    public Sex? PatientSex { get; init; }

    /// <summary>What is wrong with the note, field by field (<c>clinicalText</c>, <c>items</c>, <c>items[2]</c>); empty when it can be pre-screened.</summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(ClinicalText))
        {
            problems.Add(("clinicalText", ClinicalText is null ? "is required: the clinical note to pre-screen" : "is empty: paste the clinical note"));
        }
        else if (ClinicalText.Length > PrescreenLimits.MaxClinicalTextLength)
        {
            problems.Add(("clinicalText", $"has {ClinicalText.Length.ToString("N0", CultureInfo.InvariantCulture)} characters: at most {PrescreenLimits.MaxClinicalTextLength.ToString("N0", CultureInfo.InvariantCulture)} characters are pre-screened at once"));
        }
        else if (Items is null || Items.Count == 0)
        {
            problems.Add(("items", "is required: at least one requested item, e.g. \"Norco 10/325mg #60\""));
        }
        else if (Items.Count > PrescreenLimits.MaxItems)
        {
            problems.Add(("items", $"has {Items.Count.ToString(CultureInfo.InvariantCulture)} items: at most {PrescreenLimits.MaxItems} are pre-screened at once"));
        }
        else
        {
            var blank = Items.ToList().FindIndex(string.IsNullOrWhiteSpace);
            var tooLong = Items.ToList().FindIndex(i => i is { Length: > PrescreenLimits.MaxItemLength });
            if (blank >= 0)
            {
                problems.Add(($"items[{blank}]", "is empty: name the requested item"));
            }
            else if (tooLong >= 0)
            {
                problems.Add(($"items[{tooLong}]", $"has {Items[tooLong].Length.ToString(CultureInfo.InvariantCulture)} characters: an item is at most {PrescreenLimits.MaxItemLength} characters"));
            }
        }

        return problems;
    }
}
