using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TopicalLidocaine;

/// <summary>Lidocaine alone, in any topical form. Lidocaine in a compound falls under topical analgesics.</summary>
public sealed class TopicalLidocainePolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "TopicalLidocaine";

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && facts.Request.Drugs.Count == 1 && facts.Request.Drug!.Class == DrugClass.TopicalLidocaine
        && facts.Request.Drug.Ingredients.Count == 1 && !facts.Request.IsInjection;
}
