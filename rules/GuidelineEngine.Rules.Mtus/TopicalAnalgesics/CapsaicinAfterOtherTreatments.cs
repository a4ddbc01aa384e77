using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TopicalAnalgesics;

/// <summary>Capsaicin only for patients who did not respond to, or cannot tolerate, other treatments.</summary>
[Rule<TopicalAnalgesicsPolicy>("MTUS.CPMTG.TopicalAnalgesics.Capsaicin", Editions = GuidelineEditions.Cpmtg, Pages = "112",
    Criterion = "Capsaicin: recommended only as an option in patients who have not responded or are intolerant to other treatments.")]
public sealed class CapsaicinAfterOtherTreatments : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts is not null && facts.Request.Ingredients.Any(i => string.Equals(i.Name, "capsaicin", StringComparison.OrdinalIgnoreCase)) ? null : "The product has no capsaicin.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "Other treatments failed or were not tolerated.",
            "that other treatments failed or were not tolerated (for capsaicin)",
            FactKind.FailedOtherTreatments, FactKind.FirstLineFailure);
    }
}
