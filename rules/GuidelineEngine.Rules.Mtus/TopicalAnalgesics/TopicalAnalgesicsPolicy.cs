using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TopicalAnalgesics;

/// <summary>Topical analgesics and compounds: any topical product that is not lidocaine alone.</summary>
public sealed class TopicalAnalgesicsPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override Topic Topic => Topic.TopicalAnalgesics;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts)
    {
        if (facts is null || facts.RequestedDrugs.Count == 0 || facts.Item.Request.Contains("inject", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var lidocaineAlone = facts.RequestedDrugs.Count == 1 && facts.RequestedDrug!.Class == DrugClass.TopicalLidocaine && facts.RequestedDrug.Ingredients.Count == 1;
        return !lidocaineAlone && RequestedItem.IsTopical(facts);
    }
}
