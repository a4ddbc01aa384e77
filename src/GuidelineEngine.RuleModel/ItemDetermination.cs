namespace GuidelineEngine.RuleModel;

/// <summary>
/// The derived fact <see cref="TopicDetermination"/> yields once an item's criteria have fired:
/// its predicted determination. Rules of items that follow another (the services of a surgery)
/// match it. A prediction to flag for a physician reviewer, never a decision.
/// </summary>
/// <param name="Item">The item.</param>
/// <param name="Predicted">Its predicted determination.</param>
public sealed record ItemDetermination(ReviewedItem Item, Determination Predicted);
