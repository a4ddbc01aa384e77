using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus;

/// <summary>
/// A topic that covers one drug class taken by mouth; topical forms fall under topical analgesics, and an
/// injected drug (Toradol IM, cortisone) under the injection topics.
/// </summary>
public abstract class OralDrugClassPolicy(DrugClass drugClass) : TopicPolicy
{
    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Drug?.Class == drugClass && !facts.Request.IsTopical && !facts.Request.IsInjection;
}
