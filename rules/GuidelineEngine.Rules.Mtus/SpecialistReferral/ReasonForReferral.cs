using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.SpecialistReferral;

/// <summary>A referral needs a documented reason a specialist's expertise is necessary.</summary>
[Rule<SpecialistReferralPolicy>("MTUS.ACOEM.SpecialistReferral.ReasonForReferral", Guideline = "MTUS ACOEM General Approaches (2004)", Pages = "127",
    Criterion = "The occupational health practitioner may refer to other specialists if a diagnosis is uncertain or extremely complex, when psychosocial factors are present, or when the plan or course of care may benefit from additional expertise.")]
public sealed class ReasonForReferral : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "A reason for the specialist's expertise is documented.", "a reason for the referral (an uncertain or complex diagnosis, red flags, a neurological deficit, a surgical lesion)", FactKind.ReferralIndication);
}
