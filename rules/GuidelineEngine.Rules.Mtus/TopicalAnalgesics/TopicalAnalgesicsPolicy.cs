using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TopicalAnalgesics;

/// <summary>Topical analgesics and compounds: any topical product that is not lidocaine alone.</summary>
public sealed class TopicalAnalgesicsPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "TopicalAnalgesics";

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts)
    {
        // A fentanyl or Butrans patch is an opioid delivered into the blood: the Opioids topic decides it.
        if (facts is null || facts.Request.Drugs.Count == 0 || facts.Request.IsInjection || facts.Request.IsTransdermalOpioid)
        {
            return false;
        }

        var lidocaineAlone = facts.Request.Drugs.Count == 1 && facts.Request.Drug!.Class == DrugClass.TopicalLidocaine && facts.Request.Drug.Ingredients.Count == 1;
        return !lidocaineAlone && facts.Request.IsTopical;
    }
}
