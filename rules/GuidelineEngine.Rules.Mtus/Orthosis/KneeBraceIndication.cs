using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.Orthosis;

/// <summary>A knee brace for instability.</summary>
[Rule<OrthosisPolicy>("MTUS.ACOEM.Orthosis.KneeBraceIndication", Guideline = "MTUS ACOEM Knee Complaints (2004)", Pages = "340", Criterion = "A brace can be used for patellar instability, anterior cruciate ligament (ACL) tear, or medial collateral ligament (MCL) instability.")]
public sealed class KneeBraceIndication : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Request.BodyParts.Any(p => p.Region == BodyRegion.Knee)
            ? RequireDocumented(facts, "Knee instability is documented.", "patellar instability or an ACL or MCL tear or instability", FactKind.KneeInstability)
            : NotApplicable("The brace is not for the knee.");
    }
}
