using GuidelineEngine.Facts;

namespace GuidelineEngine.RuleModel;

/// <summary>
/// The fact every criterion matches: one item of a request under review, the topic chosen for it
/// and the guideline edition in force. Compared by reference, so that outcomes join on it cheaply.
/// </summary>
/// <param name="facts">The item's facts.</param>
/// <param name="policy">The topic chosen for it.</param>
/// <param name="edition">The editions in force for its date.</param>
public sealed class ReviewedItem(ItemFacts facts, TopicPolicy policy, GuidelineEditions edition)
{
    /// <summary>The item's facts.</summary>
    public ItemFacts Facts { get; } = facts ?? throw new ArgumentNullException(nameof(facts));

    /// <summary>The topic chosen for it.</summary>
    public TopicPolicy Policy { get; } = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>The topic's policy type, which rules name in their attribute.</summary>
    public Type Topic { get; } = policy.GetType();

    /// <summary>The editions in force for its date.</summary>
    public GuidelineEditions Edition { get; } = edition;

    /// <summary>The item's position in the request, from 1.</summary>
    public int Number => Facts.ItemNumber;

    /// <summary>The request as written, for explanations.</summary>
    public string Name => Facts.Request.Name;
}
