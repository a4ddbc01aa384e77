using System.Globalization;
using GuidelineEngine.Facts;

namespace GuidelineEngine.Rules.Mtus;

/// <summary>Values the diagnostic topics read from the facts.</summary>
public static class DiagnosticFacts
{
    /// <summary>Whole weeks from the injury to the request, or null when the dates are not given.</summary>
    public static int? WeeksSinceInjury(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var value = facts.Evidence(FactKind.TimeSinceInjury).FirstOrDefault(f => f.Polarity == Polarity.Present)?.Value;
        var number = value?.Split(' ', 2)[0];
        return decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var weeks) ? (int)Math.Floor(weeks) : null;
    }
}
