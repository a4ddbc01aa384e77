using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Surgery;

/// <summary>Surgery is not indicated for mild symptoms or when activities are not limited.</summary>
[Rule<SurgeryPolicy>("MTUS.ACOEM.Surgery.ActivityLimitation", Guideline = "MTUS ACOEM Practice Guidelines (2004), Surgical Considerations",
    Section = "Shoulder Complaints ch. 9 pp. 209-211; Knee Complaints ch. 13 pp. 344-345; Low Back Complaints ch. 12 pp. 305-307; Neck and Upper Back Complaints ch. 8 p. 180; Forearm, Wrist and Hand Complaints ch. 11 p. 270",
    Criterion = "Surgery is not indicated for patients with mild symptoms or those whose activities are not limited; consider it for activity limitation that persists.")]
public sealed class ActivityLimitation : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "The condition limits the patient's activities or work.",
            "activity limitation from the condition", FactKind.ActivityLimitation);
}
