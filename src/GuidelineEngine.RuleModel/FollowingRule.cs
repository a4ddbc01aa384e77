using GuidelineEngine.Facts;
using NRules.Fluent.Dsl;

namespace GuidelineEngine.RuleModel;

/// <summary>
/// A criterion of an item that follows the request's items of another topic (the services of a
/// surgery): besides its item it matches the determinations of the items of
/// <typeparamref name="TPrimary"/> in the same request, and fires again should one arrive later.
/// </summary>
/// <typeparam name="TPrimary">The topic the item follows.</typeparam>
public abstract class FollowingRule<TPrimary> : CriterionRule
    where TPrimary : TopicPolicy
{
    /// <inheritdoc/>
    public override void Define()
    {
        ReviewedItem item = null!;
        IEnumerable<ItemDetermination> primaries = null!;
        var topic = Topic;
        When()
            .Match(() => item, i => i.Topic == topic, i => NotApplicableBecause(i.Facts) == null)
            .Query(() => primaries, q => q.Match<ItemDetermination>(d => d.Item.Topic == typeof(TPrimary)).Collect());
        Then()
            .Yield(_ => new CriterionOutcome(item, this, Evaluate(item.Facts, primaries.OrderBy(d => d.Item.Number).ToList())));
    }

    /// <summary>Judges the criterion alone, as if the request held no item of <typeparamref name="TPrimary"/>.</summary>
    public sealed override CriterionResult Evaluate(ItemFacts facts) => Evaluate(facts, []);

    /// <summary>Judges the criterion against its item's facts and the determinations of the items it follows, in request order.</summary>
    public abstract CriterionResult Evaluate(ItemFacts facts, IReadOnlyList<ItemDetermination> primaries);
}
