using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Biofeedback;

/// <summary>Biofeedback.</summary>
public sealed class BiofeedbackPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "Biofeedback";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.Biofeedback && !facts.Request.IsPostOperative;
}
