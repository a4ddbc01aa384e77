using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.HWave;

/// <summary>H-wave stimulation. Not after a surgery.</summary>
public sealed class HWavePolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "HWave";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.HWave && !facts.Request.IsPostOperative;
}
