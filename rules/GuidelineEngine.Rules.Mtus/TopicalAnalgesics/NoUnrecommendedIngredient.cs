using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TopicalAnalgesics;

/// <summary>A compound with any ingredient that is not recommended is not recommended.</summary>
[Rule("MTUS.CPMTG.TopicalAnalgesics.Compounds", Topic.TopicalAnalgesics, Pages = "111",
    Criterion = "Any compounded product that contains at least one drug (or drug class) that is not recommended is not recommended.")]
public sealed class NoUnrecommendedIngredient : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var vocabulary = ClinicalVocabulary.Default;
        var ingredients = RequestedItem.Ingredients(facts);
        var form = RequestedItem.Form(facts);
        var unrecommended = ingredients
            .Where(i => vocabulary.TopicalRatingOf(i) == TopicalRating.NotRecommended
                || (vocabulary.TopicalRatingOf(i) == TopicalRating.PatchOnly && (ingredients.Count > 1 || form is not ("patch" or "pad"))))
            .ToList();
        return unrecommended.Count > 0
            ? NotMet($"Not recommended topically: {string.Join(", ", unrecommended)}.")
            : Met($"No ingredient is rated not recommended: {string.Join(", ", ingredients)}.");
    }
}
