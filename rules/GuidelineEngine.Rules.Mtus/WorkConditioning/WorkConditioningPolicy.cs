using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.WorkConditioning;

/// <summary>Work conditioning and work hardening programmes.</summary>
public sealed class WorkConditioningPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "WorkConditioning";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.WorkConditioning && !facts.Request.IsPostOperative;
}
