using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TopicalAnalgesics;

/// <summary>Topical NSAIDs: osteoarthritis or tendinitis of joints amenable to topical treatment, not the spine, hip or shoulder.</summary>
[Rule<TopicalAnalgesicsPolicy>("MTUS.CPMTG.TopicalAnalgesics.TopicalNsaids", Editions = GuidelineEditions.Cpmtg, Pages = "111-112",
    Criterion = "Topical NSAIDs: osteoarthritis and tendinitis, in particular of the knee, elbow or other joints amenable to topical treatment; not for the spine, hip or shoulder.")]
public sealed class TopicalNsaidIndication : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var nsaid = facts.Request.Drugs.Any(d => d.Class is DrugClass.TopicalNSAID or DrugClass.NSAID)
            || facts.Request.Ingredients.Any(i => i.Class == DrugClass.NSAID);
        if (!nsaid)
        {
            return NotApplicable("The product has no NSAID.");
        }

        var parts = facts.Request.BodyParts.Where(p => NotAmenable(p.Region)).Select(p => p.Name).ToList();
        if (parts.Count > 0)
        {
            return NotMet($"Topical NSAIDs are not recommended for the {string.Join(", ", parts)}.");
        }

        return RequireDocumented(facts, "Osteoarthritis or tendinitis is documented.",
            "osteoarthritis or tendinitis of a joint amenable to topical treatment (knee, elbow, hand)", FactKind.Osteoarthritis);
    }

    private static bool NotAmenable(BodyRegion region) => region.IsSpine() || region is BodyRegion.Hip or BodyRegion.Shoulder;
}
