using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.FunctionalCapacityEvaluation;

/// <summary>
/// A functional capacity evaluation (ACOEM General Approaches ch. 7; ODG Fitness for Duty).
/// Items tied to a surgery (pre-operative clearance or tests) belong to the surgery topics, and
/// an evaluation bundled with a therapy, injection or procedure is judged as that treatment.
/// </summary>
public sealed class FunctionalCapacityEvaluationPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "FunctionalCapacityEvaluation";

    /// <inheritdoc/>
    public override int Precedence => ProcedureRequest.ConsultationPrecedence;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && ProcedureRequest.IsStandAlone(facts, ServiceCategory.FunctionalCapacityEvaluation);
}
