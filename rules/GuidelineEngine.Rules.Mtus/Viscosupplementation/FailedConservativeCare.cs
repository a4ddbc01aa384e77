using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Viscosupplementation;

/// <summary>Hyaluronic acid injections follow failed conservative treatment or a failed steroid injection.</summary>
[Rule<ViscosupplementationPolicy>("NonMTUS.ODG.Viscosupplementation.FailedConservativeCare", Guideline = "Official Disability Guidelines (ODG)", Section = "Knee & Leg, Hyaluronic acid injections",
    Criterion = "Patients have not responded adequately to conservative non-pharmacologic and pharmacologic treatments, or to aspiration and injection of intra-articular steroids.")]
public sealed class FailedConservativeCare : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Conservative treatment or a steroid injection has failed.", "failure of conservative treatment (exercise, medication) or of an intra-articular steroid injection", FactKind.ConservativeCareFailed, FactKind.SteroidInjectionFailed);
}
