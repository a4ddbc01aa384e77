using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.SpinalSupport;

/// <summary>Lumbar and other spinal supports, not after a surgery.</summary>
public sealed class SpinalSupportPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "SpinalSupport";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.SpinalSupport && !facts.Request.IsPostOperative;
}
