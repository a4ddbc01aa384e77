using System.Globalization;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Opioids;

/// <summary>Daily doses above 120 mg oral morphine equivalents are not recommended.</summary>
[Rule<OpioidsPolicy>("MTUS.CPMTG.Opioids.MorphineEquivalentCeiling", Editions = GuidelineEditions.Cpmtg, Pages = "86",
    Criterion = "Rarely, and only after pain management consultation, should the total daily dose exceed 120 mg oral morphine equivalents.")]
public sealed class MorphineEquivalentCeiling : CriterionRule
{
    /// <summary>The ceiling, CPMTG p. 86.</summary>
    public const decimal CeilingMgPerDay = 120m;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.MorphineEquivalentMg is not decimal dose)
        {
            return NotApplicable("No morphine-equivalent dose is stated.");
        }

        var text = dose.ToString("0.#", CultureInfo.InvariantCulture);
        var evidence = facts.Evidence(FactKind.MorphineEquivalentDose);
        return dose > CeilingMgPerDay
            ? NotMet($"The daily dose, {text} mg morphine equivalents, exceeds {CeilingMgPerDay} mg.", evidence)
            : Met($"The daily dose, {text} mg morphine equivalents, is within {CeilingMgPerDay} mg.", evidence);
    }
}
