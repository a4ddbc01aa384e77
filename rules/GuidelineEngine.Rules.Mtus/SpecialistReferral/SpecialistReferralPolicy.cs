using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.SpecialistReferral;

/// <summary>
/// A referral to, or consultation or evaluation by, a specialist (ACOEM General Approaches ch. 7).
/// Items tied to a surgery (pre-operative clearance or tests) belong to the surgery topics, and
/// an evaluation bundled with a therapy, injection or procedure is judged as that treatment.
/// </summary>
public sealed class SpecialistReferralPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "SpecialistReferral";

    /// <inheritdoc/>
    public override int Precedence => ProcedureRequest.ConsultationPrecedence;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && ProcedureRequest.IsStandAlone(facts, ServiceCategory.Consultation)
        && !ProcedureRequest.Names(facts, ServiceCategory.FollowUpVisit)
        && !ProcedureRequest.Names(facts, ServiceCategory.FunctionalCapacityEvaluation)
        && !ProcedureRequest.Names(facts, ServiceCategory.PsychologicalEvaluation);
}
