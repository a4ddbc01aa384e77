using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.PsychologicalEvaluation;

/// <summary>
/// A psychological evaluation or psychological testing, not psychotherapy (CPMTG pp. 100-101).
/// Items tied to a surgery (pre-operative clearance or tests) belong to the surgery topics, and
/// an evaluation bundled with a therapy, injection or procedure is judged as that treatment.
/// </summary>
public sealed class PsychologicalEvaluationPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "PsychologicalEvaluation";

    /// <inheritdoc/>
    public override int Precedence => ProcedureRequest.ConsultationPrecedence;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && ProcedureRequest.IsStandAlone(facts, ServiceCategory.PsychologicalEvaluation);
}
