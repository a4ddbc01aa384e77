using NRules.Fluent.Dsl;

namespace GuidelineEngine.RuleModel;

/// <summary>
/// Combines an item's criterion outcomes by its topic's policy and yields the item's
/// <see cref="ItemDetermination"/>. Its lower priority lets the item's criteria fire first; should
/// an outcome change later (a surgery's determination arrives), the determination follows it.
/// </summary>
[Priority(-1)]
public sealed class TopicDetermination : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        ReviewedItem item = null!;
        IEnumerable<CriterionOutcome> outcomes = null!;
        When()
            .Match(() => item)
            .Query(() => outcomes, q => q.Match<CriterionOutcome>(o => o.Item == item).Collect());
        Then()
            .Yield(_ => new ItemDetermination(item, item.Policy.Combine(outcomes.Select(o => o.Result).ToList())));
    }
}
