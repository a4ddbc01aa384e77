using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.PostOperativeOpioids;

/// <summary>Post-operative opioids are for a limited duration: the request must state a bounded supply.</summary>
[Rule<PostOperativeOpioidsPolicy>("MTUS.OpioidTreatment.PostOperativeOpioids.LimitedDuration", Guideline = "MTUS Opioid Treatment Guidelines",
    Editions = GuidelineEditions.Otg2016, Section = "1.4 Opioids for Post-operative Pain",
    Criterion = "Recommend opioid use for a limited duration for post-operative pain management.")]
public sealed class LimitedDuration : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Request.Refills is > 0)
        {
            return NotMet("Refills extend post-operative opioids beyond a limited duration.");
        }

        return facts.Request.Quantity is null
            ? NotDocumented("The request states no quantity, so its duration cannot be seen to be limited.", "the quantity of the post-operative opioid")
            : Met("The request is for a stated quantity without refills.");
    }
}
