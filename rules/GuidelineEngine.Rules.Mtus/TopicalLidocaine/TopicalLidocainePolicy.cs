using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TopicalLidocaine;

/// <summary>Lidocaine alone, in any topical form. Lidocaine in a compound falls under topical analgesics.</summary>
public sealed class TopicalLidocainePolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override Topic Topic => Topic.TopicalLidocaine;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && facts.RequestedDrugs.Count == 1 && facts.RequestedDrug!.Class == DrugClass.TopicalLidocaine
        && facts.RequestedDrug.Ingredients.Count == 1 && !Injected(facts);

    // "injection ... of lidocaine" is a procedure, not topical lidocaine.
    private static bool Injected(ItemFacts facts) =>
        facts.Item.Request.Contains("inject", StringComparison.OrdinalIgnoreCase);
}
