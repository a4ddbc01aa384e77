using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.Electrocardiography;

/// <summary>
/// An electrocardiogram not tied to a surgery: the MTUS is silent, so a non-MTUS source applies.
/// Items tied to a surgery (pre-operative clearance or tests) belong to the surgery topics, and
/// an evaluation bundled with a therapy, injection or procedure is judged as that treatment.
/// </summary>
public sealed class ElectrocardiographyPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "Electrocardiography";

    /// <inheritdoc/>
    public override int Precedence => ProcedureRequest.ConsultationPrecedence;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && ProcedureRequest.IsStandAlone(facts, ServiceCategory.Electrocardiogram);
}
