using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Tens;

/// <summary>TENS and other electrical stimulation units (E-stim, NMES). Not after a surgery.</summary>
public sealed class TensPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "Tens";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.Tens && !facts.Request.IsPostOperative;
}
