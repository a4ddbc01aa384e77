using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Opioids;

/// <summary>Opioids, oral or transdermal, requested for pain.</summary>
public sealed class OpioidsPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override Topic Topic => Topic.Opioids;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.RequestedDrug?.Class == DrugClass.Opioid && !RequestedItem.IsTopical(facts);
}
