using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.Orthosis;

/// <summary>Braces and splints of the wrist and hand, the elbow and the knee, not after a surgery. Braces of other parts, or of no named part, are left uncovered rather than judged by another part's criteria.</summary>
public sealed class OrthosisPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "Orthosis";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.Orthosis && !facts.Request.IsPostOperative && facts.Request.BodyParts.Any(p => p.Region is BodyRegion.WristHand or BodyRegion.Forearm or BodyRegion.Elbow or BodyRegion.Knee);
}
