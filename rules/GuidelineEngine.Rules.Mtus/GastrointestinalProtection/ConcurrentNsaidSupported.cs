using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.GastrointestinalProtection;

/// <summary>
/// A PPI or H2 blocker protects the stomach during NSAID therapy, so it is needed only while the NSAID itself is
/// supported: continued NSAID use needs documented pain relief or functional improvement.
/// </summary>
[Rule<GastrointestinalProtectionPolicy>("MTUS.CPMTG.GastrointestinalProtection.ConcurrentNsaidSupported", Editions = GuidelineEditions.Cpmtg, Pages = "67-69",
    Criterion = "Proton pump inhibitors are for patients on NSAIDs at risk of GI events; NSAIDs are recommended at the lowest dose for the shortest period, and continued use needs documented pain relief or functional improvement.")]
public sealed class ConcurrentNsaidSupported : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        // The medications the summary lists are facts whose value is a drug the vocabulary resolves.
        var nsaids = facts.Facts
            .Where(f => f.Kind == FactKind.Medication && f.Polarity == Polarity.Present
                && f.Value is { } drug && ClinicalVocabulary.Default.ResolveDrug(drug)?.Class == DrugClass.NSAID)
            .ToList();
        if (nsaids.Count == 0)
        {
            return NotApplicable("No NSAID in use is documented; the GI risk decides.");
        }

        var benefit = RequireDocumented(facts, "The concurrent NSAID gives documented pain relief or functional improvement.",
            "pain relief or functional improvement from the NSAID the PPI protects against", FactKind.Analgesia, FactKind.FunctionalImprovement);
        return benefit with { Evidence = [.. nsaids, .. benefit.Evidence] };
    }
}
