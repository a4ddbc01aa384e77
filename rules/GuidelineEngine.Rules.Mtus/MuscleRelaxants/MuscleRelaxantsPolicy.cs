using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.MuscleRelaxants;

/// <summary>Oral muscle relaxants. Topical ones fall under topical analgesics.</summary>
public sealed class MuscleRelaxantsPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override Topic Topic => Topic.MuscleRelaxants;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.RequestedDrug?.Class == DrugClass.MuscleRelaxant && !RequestedItem.IsTopical(facts);
}
