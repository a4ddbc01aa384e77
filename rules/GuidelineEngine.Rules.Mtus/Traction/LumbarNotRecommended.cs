using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.Traction;

/// <summary>Lumbar traction is not recommended.</summary>
[Rule<TractionPolicy>("MTUS.ACOEM.Traction.LumbarNotRecommended", Guideline = "MTUS ACOEM Low Back Complaints (2004)", Pages = "300", Criterion = "Traction has not been proved effective for lasting relief in treating low back pain.")]
public sealed class LumbarNotRecommended : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Request.BodyParts.Any(p => p.Region == BodyRegion.LumbarSpine)
            ? NotMet("Traction has not been proved effective for lasting relief of low back pain.")
            : NotApplicable("The traction is not for the low back.");
    }
}
