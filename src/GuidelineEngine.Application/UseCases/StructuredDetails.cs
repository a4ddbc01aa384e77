using GuidelineEngine.Model;

namespace GuidelineEngine.Application.UseCases;

/// <summary>
/// Lays what a structured request states over what its text reads: a FHIR MedicationRequest's
/// dispensed quantity or a ServiceRequest's body site is the request's own word, the text only a
/// rendering of it.
/// </summary>
public static class StructuredDetails
{
    /// <summary>The details read from the text, with every field <paramref name="structured"/> states taken from it instead.</summary>
    /// <param name="parsed">What the item's text reads.</param>
    /// <param name="structured">What the structured request states; null for a typed item.</param>
    /// <param name="text">The item's text, the drug name of a structured medication the text reading did not find.</param>
    public static RequestDetails Over(RequestDetails parsed, RequestDetails? structured, string text)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(text);
        if (structured is null)
        {
            return parsed;
        }

        var isMedication = parsed.IsMedication || structured.IsMedication;
        return parsed with
        {
            IsMedication = isMedication,
            DrugName = structured.DrugName ?? parsed.DrugName ?? (isMedication ? text.Split('#')[0].Trim() : null),
            Strength = structured.Strength ?? parsed.Strength,
            Form = structured.Form ?? parsed.Form,
            Quantity = structured.Quantity ?? parsed.Quantity,
            Amount = structured.Amount ?? parsed.Amount,
            Refills = structured.Refills ?? parsed.Refills,
            Sessions = structured.Sessions ?? parsed.Sessions,
            TimesPerWeek = structured.TimesPerWeek ?? parsed.TimesPerWeek,
            Duration = structured.Duration ?? parsed.Duration,
            DurationWeeks = structured.DurationWeeks ?? parsed.DurationWeeks,
            BodyParts = structured.BodyParts.Count > 0 ? structured.BodyParts : parsed.BodyParts,
        };
    }
}
