using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.ManualTherapy;

/// <summary>Manual therapy is for musculoskeletal pain of the spine and large proximal joints, not the distal limbs.</summary>
[Rule<ManualTherapyPolicy>("MTUS.CPMTG.ManualTherapy.BodyRegion", Pages = "58-60", Criterion = "Not recommended for the ankle and foot, carpal tunnel syndrome, the forearm, wrist and hand, or the knee (and, by the MTUS Elbow chapter, the elbow).")]
public sealed class TreatedBodyRegion : CriterionRule
{
    /// <summary>Regions the guideline does not support manual therapy for (pp. 58-60; the elbow by the MTUS Elbow chapter).</summary>
    public static readonly IReadOnlySet<BodyRegion> NotRecommended = new HashSet<BodyRegion> { BodyRegion.AnkleFoot, BodyRegion.Forearm, BodyRegion.WristHand, BodyRegion.Knee, BodyRegion.Elbow };

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var parts = facts.Request.BodyParts;
        if (parts.Count == 0)
        {
            return NotDocumented("The request names no body part.", "the body part to be treated");
        }

        var excluded = parts.Where(p => NotRecommended.Contains(p.Region)).Select(p => p.Name).ToList();
        return excluded.Count > 0
            ? NotMet($"Manual therapy is not recommended for the {string.Join(", ", excluded)}.")
            : Met("The body parts requested are ones manual therapy may treat.");
    }
}
