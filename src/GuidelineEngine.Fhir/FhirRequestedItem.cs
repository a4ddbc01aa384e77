using GuidelineEngine.Model;

namespace GuidelineEngine.Fhir;

/// <summary>
/// One requested item read from a MedicationRequest, a ServiceRequest or a Claim item: the text a
/// reviewer would read ("Norco 10/325mg #60") and the fields the resource states in structure.
/// </summary>
/// <param name="Text">The item as text: the coded concept's text or display, with the quantity when the resource gives it apart.</param>
/// <param name="Source">Where it came from, e.g. <c>MedicationRequest/med-1</c>.</param>
/// <param name="Structured">The fields the resource states in structure (quantity, frequency, duration, body site); null fields were not stated.</param>
public sealed record FhirRequestedItem(string Text, string Source, RequestDetails Structured);
