using System.Globalization;
using GuidelineEngine.Facts;

namespace GuidelineEngine.Rules.Mtus.Therapies;

/// <summary>Weeks from the injury to the request, as the extractor derived them.</summary>
internal static class InjuryTime
{
    /// <summary>The weeks since the injury, or null when the record does not allow a figure.</summary>
    public static int? Weeks(ItemFacts facts)
    {
        // The derived fact's value is "N weeks", written by the extractor, not text of the letter.
        var value = facts.Facts.FirstOrDefault(f => f.Kind == FactKind.TimeSinceInjury && f.Polarity == Polarity.Present)?.Value;
        var number = value?.Split(' ', 2)[0];
        return int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var weeks) ? weeks : null;
    }
}
