using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.HomeHeatCold;

/// <summary>Heat and cold packs, pads and wraps for use at home, not after a surgery.</summary>
public sealed class HomeHeatColdPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "HomeHeatCold";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.HomeHeatCold && !facts.Request.IsPostOperative;
}
