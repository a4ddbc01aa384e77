using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.Viscosupplementation;

/// <summary>Hyaluronic acid injections are for severe osteoarthritis of the knee only; other joints are not recommended.</summary>
[Rule<ViscosupplementationPolicy>("NonMTUS.ODG.Viscosupplementation.KneeOsteoarthritis", Guideline = "Official Disability Guidelines (ODG)",
    Section = "Knee & Leg, Hyaluronic acid injections",
    Criterion = "Recommended as a possible option for severe osteoarthritis of the knee; not recommended for any other indications or joints.")]
public sealed class KneeOsteoarthritis : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Request.BodyParts.Count > 0 && !ProcedureRequest.ForKnee(facts))
        {
            return NotMet("Hyaluronic acid injections are not recommended for joints other than the knee.");
        }

        return RequireDocumented(facts, "Osteoarthritis of the knee is documented.", "osteoarthritis of the knee", FactKind.Osteoarthritis);
    }
}
