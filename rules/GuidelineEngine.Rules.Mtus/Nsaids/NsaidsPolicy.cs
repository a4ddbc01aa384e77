using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Nsaids;

/// <summary>Oral NSAIDs.</summary>
public sealed class NsaidsPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override Topic Topic => Topic.Nsaids;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.RequestedDrug?.Class == DrugClass.NSAID && !RequestedItem.IsTopical(facts);
}
