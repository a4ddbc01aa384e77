using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.MuscleRelaxants;

/// <summary>Carisoprodol (Soma) is not recommended.</summary>
[Rule<MuscleRelaxantsPolicy>("MTUS.CPMTG.MuscleRelaxants.Carisoprodol", Editions = GuidelineEditions.Cpmtg, Pages = "29, 65",
    Criterion = "Carisoprodol (Soma): not recommended; not indicated for long-term use.")]
public sealed class Carisoprodol : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Request.Drug?.Name == "carisoprodol" ? null : "The requested relaxant is not carisoprodol.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return NotMet("Carisoprodol is not recommended by the MTUS.", facts.Facts.Where(f => f.Kind == FactKind.Medication && f.Value == "carisoprodol" && f.Start >= 0).Take(1));
    }
}
