using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TopicalAnalgesics;

/// <summary>A compound with any ingredient that is not recommended is not recommended.</summary>
[Rule<TopicalAnalgesicsPolicy>("MTUS.CPMTG.TopicalAnalgesics.Compounds", Editions = GuidelineEditions.Cpmtg, Pages = "111",
    Criterion = "Any compounded product that contains at least one drug (or drug class) that is not recommended is not recommended.")]
public sealed class NoUnrecommendedIngredient : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var ingredients = facts.Request.Ingredients;
        var form = facts.Request.Form;
        var unrecommended = ingredients
            .Where(i => i.TopicalRating == TopicalRating.NotRecommended
                || (i.TopicalRating == TopicalRating.PatchOnly && (ingredients.Count > 1 || form is not ("patch" or "pad"))))
            .Select(i => i.Name)
            .ToList();
        return unrecommended.Count > 0
            ? NotMet($"Not recommended topically: {string.Join(", ", unrecommended)}.")
            : Met($"No ingredient is rated not recommended: {string.Join(", ", ingredients.Select(i => i.Name))}.");
    }
}
