using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Surgery;

/// <summary>The examination must corroborate the imaging: a positive provocative test, mechanical symptoms, instability or weakness.</summary>
[Rule<SurgeryPolicy>("MTUS.ACOEM.Surgery.ClinicalFindings", Guideline = "MTUS ACOEM Practice Guidelines (2004), Surgical Considerations",
    Section = "Shoulder Complaints ch. 9 pp. 209-211; Knee Complaints ch. 13 pp. 344-345; Low Back Complaints ch. 12 pp. 305-307; Neck and Upper Back Complaints ch. 8 p. 180; Forearm, Wrist and Hand Complaints ch. 11 p. 270",
    Criterion = "Surgery is recommended when physical examination findings and imaging corroborate the medical necessity of the request.")]
public sealed class ClinicalFindings : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "The examination shows positive findings of the joint (a provocative test, locking, apprehension or weakness).",
            "examination findings that corroborate the imaging", FactKind.SurgicalExamFinding);
}
