using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.PlateletRichPlasma;

/// <summary>For the knee, PRP is limited to significantly symptomatic osteoarthritis or refractory patellar tendinosis.</summary>
[Rule<PlateletRichPlasmaPolicy>("NonMTUS.ODG.PlateletRichPlasma.Indication", Guideline = "Official Disability Guidelines (ODG)",
    Section = "Knee & Leg, Platelet-rich plasma (PRP)",
    Criterion = "Recommended for limited, highly specific indications: significantly symptomatic osteoarthritis or refractory patellar tendinosis.")]
public sealed class Indication : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts is not null && ProcedureRequest.ForKnee(facts) ? null : "The knee indications do not apply to another body part.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "Osteoarthritis or patellar tendinosis of the knee is documented.",
            "significantly symptomatic osteoarthritis or refractory patellar tendinosis", FactKind.Osteoarthritis, FactKind.PatellarTendinopathy);
    }
}
