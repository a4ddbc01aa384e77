using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Pillow;

/// <summary>Cervical and other pillows.</summary>
public sealed class PillowPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "Pillow";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.Pillow && !facts.Request.IsPostOperative;
}
