using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.FollowUpVisits;

/// <summary>
/// Follow-up office visits (CPMTG 2016, Introduction and Office visits).
/// Items tied to a surgery (pre-operative clearance or tests) belong to the surgery topics, and
/// an evaluation bundled with a therapy, injection or procedure is judged as that treatment.
/// </summary>
public sealed class FollowUpVisitsPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "FollowUpVisits";

    /// <inheritdoc/>
    public override int Precedence => ProcedureRequest.ConsultationPrecedence;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && ProcedureRequest.IsStandAlone(facts, ServiceCategory.FollowUpVisit);
}
