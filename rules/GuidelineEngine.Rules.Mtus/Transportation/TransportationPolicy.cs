using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Transportation;

/// <summary>Transportation to and from medical appointments.</summary>
public sealed class TransportationPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "Transportation";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.Transportation && !facts.Request.IsPostOperative;
}
