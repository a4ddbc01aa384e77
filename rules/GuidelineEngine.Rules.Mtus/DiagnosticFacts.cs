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

    /// <summary>
    /// The evidence that conservative care failed: a statement that it failed, or care beyond
    /// medication received with the symptoms persisting and no statement that it helped. Null when
    /// neither is documented.
    /// </summary>
    public static IReadOnlyList<Fact>? FailedConservativeCare(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Status(FactKind.ConservativeCareFailed) == Polarity.Present)
        {
            return facts.Evidence(FactKind.ConservativeCareFailed);
        }

        return facts.Status(FactKind.ConservativeCareReceived) == Polarity.Present
            && facts.Status(FactKind.SymptomsPersist) == Polarity.Present
            && facts.Status(FactKind.ConservativeCareHelped) != Polarity.Present
            ? [.. facts.Evidence(FactKind.ConservativeCareReceived), .. facts.Evidence(FactKind.SymptomsPersist)]
            : null;
    }
}
