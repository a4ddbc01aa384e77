using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.UrineDrugTesting;

/// <summary>
/// Urine drug testing (CPMTG pp. 43, 77-78, 94).
/// Items tied to a surgery (pre-operative clearance or tests) belong to the surgery topics, and
/// an evaluation bundled with a therapy, injection or procedure is judged as that treatment.
/// </summary>
public sealed class UrineDrugTestingPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "UrineDrugTesting";

    /// <inheritdoc/>
    public override int Precedence => ProcedureRequest.ConsultationPrecedence;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && ProcedureRequest.IsStandAlone(facts, ServiceCategory.UrineDrugTesting);
}
