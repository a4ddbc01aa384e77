using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AquaticTherapy;

/// <summary>Aquatic or pool therapy.</summary>
public sealed class AquaticTherapyPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "AquaticTherapy";

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) => facts?.Request.Service?.Category == ServiceCategory.AquaticTherapy;
}
