using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.GastrointestinalProtection;

/// <summary>Proton pump inhibitors and H2 blockers.</summary>
public sealed class GastrointestinalProtectionPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "GastrointestinalProtection";

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Drug?.Class is DrugClass.PPI or DrugClass.H2Blocker;
}
