using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TopicalAnalgesics;

/// <summary>Topical NSAIDs: osteoarthritis or tendinitis of joints amenable to topical treatment, not the spine, hip or shoulder.</summary>
[Rule("MTUS.CPMTG.TopicalAnalgesics.TopicalNsaids", Topic.TopicalAnalgesics, Pages = "111-112",
    Criterion = "Topical NSAIDs: osteoarthritis and tendinitis, in particular of the knee, elbow or other joints amenable to topical treatment; not for the spine, hip or shoulder.")]
public sealed class TopicalNsaidIndication : CriterionRule
{
    private static readonly string[] NotAmenable = ["spine", "back", "lumbar", "cervical", "thoracic", "neck", "hip", "shoulder"];

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var nsaid = facts.RequestedDrugs.Any(d => d.Class is DrugClass.TopicalNSAID or DrugClass.NSAID)
            || RequestedItem.Ingredients(facts).Any(i => ClinicalVocabulary.Default.ResolveDrug(i)?.Class == DrugClass.NSAID);
        if (!nsaid)
        {
            return NotApplicable("The product has no NSAID.");
        }

        var parts = facts.Item.Details.BodyParts.Where(p => NotAmenable.Any(n => p.Contains(n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (parts.Count > 0)
        {
            return NotMet($"Topical NSAIDs are not recommended for the {string.Join(", ", parts)}.");
        }

        return RequireDocumented(facts, "Osteoarthritis or tendinitis is documented.",
            "osteoarthritis or tendinitis of a joint amenable to topical treatment (knee, elbow, hand)", FactKind.Osteoarthritis);
    }
}
