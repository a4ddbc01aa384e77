using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.Traction;

/// <summary>Lumbar or cervical traction. Not after a surgery.</summary>
public sealed class TractionPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "Traction";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.Traction && !facts.Request.IsPostOperative && facts.Request.BodyParts.Any(p => p.Region is BodyRegion.LumbarSpine or BodyRegion.CervicalSpine);
}
