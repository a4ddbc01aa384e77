using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.PostOperativeOpioids;

/// <summary>
/// Opioids requested for pain after surgery ("Post-op Percocet"): judged by the Opioid Treatment Guideline's
/// own criteria for post-operative pain (section 1.4), not as the start of chronic opioid therapy.
/// </summary>
public sealed class PostOperativeOpioidsPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "PostOperativeOpioids";

    /// <summary>Above the Opioids topic (0), which would otherwise claim the same item as chronic therapy.</summary>
    public override int Precedence => 1;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Drug?.Class == DrugClass.Opioid && facts.Request.IsPostOperative && !facts.Request.IsTopical && !facts.Request.IsInjection;
}
