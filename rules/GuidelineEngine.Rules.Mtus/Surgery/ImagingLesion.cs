using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Surgery;

/// <summary>Surgery needs clear imaging (or, for a nerve entrapment, electrodiagnostic) evidence of a lesion that surgery is shown to benefit.</summary>
[Rule<SurgeryPolicy>("MTUS.ACOEM.Surgery.ImagingLesion", Guideline = "MTUS ACOEM Practice Guidelines (2004), Surgical Considerations",
    Section = "Shoulder Complaints ch. 9 pp. 209-211; Knee Complaints ch. 13 pp. 344-345; Low Back Complaints ch. 12 pp. 305-307; Neck and Upper Back Complaints ch. 8 p. 180; Forearm, Wrist and Hand Complaints ch. 11 p. 270",
    Criterion = "Clear clinical and imaging (or, for a nerve entrapment such as carpal tunnel syndrome, electrophysiologic) evidence of a lesion that has been shown to benefit, in both the short and long term, from surgical repair.")]
public sealed class ImagingLesion : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Imaging or electrodiagnostic testing shows a lesion that surgery can address.",
            "imaging or electrodiagnostic evidence of a lesion that would benefit from surgery", FactKind.SurgicalLesionOnImaging);
}
