using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TopicalAnalgesics;

/// <summary>Topical analgesics other than NSAIDs are for neuropathic pain after antidepressants and anticonvulsants have failed.</summary>
[Rule<TopicalAnalgesicsPolicy>("MTUS.CPMTG.TopicalAnalgesics.FirstLineFailure", Editions = GuidelineEditions.Cpmtg, Pages = "111",
    Criterion = "Primarily recommended for neuropathic pain when trials of antidepressants and anticonvulsants have failed.")]
public sealed class NeuropathicAfterFirstLineFailure : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var ingredients = facts.Request.Ingredients;
        var onlyNsaid = ingredients.Count > 0 && ingredients.All(i => i.Class == DrugClass.NSAID);
        return onlyNsaid
            ? NotApplicable("A topical NSAID is judged by its osteoarthritis indication.")
            : RequireDocumented(facts, "Failed trials of antidepressants or anticonvulsants are documented.",
                "failed trials of antidepressants and anticonvulsants", FactKind.FirstLineFailure);
    }
}
