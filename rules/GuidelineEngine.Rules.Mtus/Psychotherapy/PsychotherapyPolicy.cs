using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Psychotherapy;

/// <summary>Psychotherapy and cognitive behavioural therapy for chronic pain.</summary>
public sealed class PsychotherapyPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "Psychotherapy";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.Psychotherapy && !facts.Request.IsPostOperative;
}
