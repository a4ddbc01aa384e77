using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus;

/// <summary>
/// The one shape of every topic the guideline does not recommend (not recommended, or under study)
/// that no encoded topic decides: the item names such a topic of the guideline topic index, and
/// the index's status decides. MTUS topics and topics of guidelines outside the MTUS are two
/// policies of this shape, so that their rules carry MTUS or NonMTUS ids and are reported apart.
/// </summary>
public abstract class IndexStatusPolicy(bool mtus) : TopicPolicy
{
    /// <summary>Below every encoded topic: a topic with criteria always decides before the index's status.</summary>
    public const int IndexPrecedence = -100;

    /// <inheritdoc/>
    public override int Precedence => IndexPrecedence;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.IndexTopic is { IsNotRecommended: true } topic && topic.Mtus == mtus;
}
