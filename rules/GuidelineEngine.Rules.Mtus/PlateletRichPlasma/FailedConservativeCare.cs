using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.PlateletRichPlasma;

/// <summary>PRP follows a failed course of conservative treatment.</summary>
[Rule<PlateletRichPlasmaPolicy>("NonMTUS.ODG.PlateletRichPlasma.FailedConservativeCare", Guideline = "Official Disability Guidelines (ODG)", Section = "Knee & Leg, Platelet-rich plasma (PRP)",
    Criterion = "PRP is considered only where an adequate course of conservative treatment has failed.")]
public sealed class FailedConservativeCare : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Conservative treatment has failed.", "failure of an adequate course of conservative treatment", FactKind.ConservativeCareFailed);
}
