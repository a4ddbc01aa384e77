using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Surgery;

/// <summary>
/// Surgery follows the failure of conservative care, except for a significant full-thickness
/// rotator cuff tear, which the shoulder chapter repairs without a waiting period ("particularly
/// acutely in younger workers").
/// </summary>
[Rule<SurgeryPolicy>("MTUS.ACOEM.Surgery.ConservativeCare", Guideline = "MTUS ACOEM Practice Guidelines (2004), Surgical Considerations",
    Section = "Shoulder Complaints ch. 9 pp. 209-211; Knee Complaints ch. 13 pp. 344-345; Low Back Complaints ch. 12 pp. 305-307; Neck and Upper Back Complaints ch. 8 p. 180; Forearm, Wrist and Hand Complaints ch. 11 p. 270",
    Criterion = "Failure to increase range of motion and strength even after exercise programs; conservative care (therapy, injections) for 3 to 6 months before surgery, except rotator cuff repair for significant tears that impair activities.")]
public sealed class ConservativeCare : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Status(FactKind.FullThicknessTear) == Polarity.Present)
        {
            return NotApplicable("A full-thickness rotator cuff tear is repaired without first waiting on conservative care.");
        }

        return RequireDocumented(facts, "Conservative care was tried and failed.",
            "failure of conservative care (therapy, injections) before surgery", FactKind.ConservativeCareFailure);
    }
}
