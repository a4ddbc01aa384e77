using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Index;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus;

/// <summary>
/// The one criterion of a topic the guideline does not recommend: the request is for a treatment
/// the guideline's topic index records as not recommended (or under study). Its result cites the
/// topic's own guideline, edition and page or section from the index row, so that a reader can
/// look it up; no documentation can meet it, as the guideline speaks against the treatment itself.
/// </summary>
public abstract class IndexStatusRule : CriterionRule
{
    // Status words that say no more than the status itself.
    private static readonly HashSet<string> PlainStatus = new(StringComparer.OrdinalIgnoreCase) { string.Empty, "Not rec", "Not recommended", "Under study", "Not DME" };

    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Request.IndexTopic is { IsNotRecommended: true } ? null : "The request names no topic the guideline index records as not recommended.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var topic = facts.Request.IndexTopic ?? throw new ArgumentException("The item names no index topic.", nameof(facts));
        var status = topic.Status == TopicStatus.UnderStudy ? "under study, so not recommended until the evidence is in" : "not recommended";
        var words = PlainStatus.Contains(topic.StatusText) ? string.Empty : $" (\"{topic.StatusText}\")";
        return NotMet($"{topic.Citation}: {status}{words}. The prediction flags the request for the physician reviewer; it is not a decision.");
    }
}
