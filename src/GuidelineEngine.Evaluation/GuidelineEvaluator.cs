using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Index;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation;

/// <summary>
/// Predicts a determination per item: chooses the edition by the request date and the topic by
/// the item (the covering topic of highest precedence), then runs the request's items through the
/// NRules network of that edition in one session: each criterion that applies fires and yields
/// its outcome, each topic's determination follows from them, and the services of a surgery
/// match the surgery's determination. An item no topic covers is NotCovered, never a guess.
/// Deterministic and thread-safe: the networks are shared, sessions are per request.
/// </summary>
public sealed class GuidelineEvaluator(RuleCatalog catalog)
{
    /// <summary>The rule catalogue evaluated.</summary>
    public RuleCatalog Catalog { get; } = catalog ?? throw new ArgumentNullException(nameof(catalog));

    /// <summary>The compiled rule networks, one per set of editions.</summary>
    public RuleNetwork Network { get; } = new(catalog);

    /// <summary>The guideline topic index whose phrasings name each item's topic.</summary>
    public GuidelineIndex Index { get; } = GuidelineIndex.Default;

    /// <summary>Every topic that covers the item, highest precedence first.</summary>
    public IReadOnlyList<TopicPolicy> CoveringTopics(ItemFacts facts) => [.. Catalog.Topics.Where(p => p.Covers(WithIndexTopic(facts)))];

    /// <summary>The item's facts naming the index topic its request names (as they were when they already name one or the index knows none of its words).</summary>
    public ItemFacts WithIndexTopic(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Request.IndexTopic is null && Index.TopicOf(facts.Request) is { } topic
            ? facts with { Request = facts.Request with { IndexTopic = topic } }
            : facts;
    }

    /// <summary>
    /// The encoded topic the item's index topic names, when no topic covers the item by its own
    /// test and the request is of the index topic's family (an MRI of the brain reaches the head
    /// imaging topic through the index even when the vocabulary does not know "brain" as a body part).
    /// </summary>
    private TopicPolicy? IndexedPolicy(ItemFacts facts) =>
        facts.Request.IndexTopic is { EncodedTopic: { } name } topic && RequestFamilies.OfRequestItself(facts.Request) == topic.Family
            ? Catalog.Topics.FirstOrDefault(p => p.Name == name)
            : null;

    /// <summary>Evaluates one item's facts alone, as a request of one item.</summary>
    public ItemEvaluation Evaluate(ItemFacts facts) => EvaluateRequest([facts])[0];

    /// <summary>
    /// Evaluates every item of one request (a letter or a pre-screened note) in one rule session
    /// per edition in force, so that items that follow others see their determinations. Results
    /// come in item order.
    /// </summary>
    public IReadOnlyList<ItemEvaluation> EvaluateRequest(IReadOnlyList<ItemFacts> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var results = new ItemEvaluation?[items.Count];
        var reviewed = new List<(int Index, ReviewedItem Item)>();
        var whole = new ItemFacts[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var facts = WithIndexTopic(items[i] ?? throw new ArgumentException("An item's facts are missing.", nameof(items)));
            whole[i] = facts;
            var edition = GuidelineEditionSelector.For(facts.RecordDate);
            var policy = Catalog.Topics.FirstOrDefault(p => p.Covers(facts)) ?? IndexedPolicy(facts);
            if (policy is null)
            {
                results[i] = new ItemEvaluation { Facts = facts, Edition = edition, Predicted = Determination.NotCovered, Criteria = [], NotCoveredReason = UncoveredItem.Reason(facts) };
            }
            else if (!Catalog.Rules.Any(r => r.Topic == policy.Name && (r.Editions & edition) != 0))
            {
                results[i] = new ItemEvaluation
                {
                    Facts = facts, Topic = policy.Name, Edition = edition, Predicted = Determination.NotCovered, Criteria = [],
                    NotCoveredReason = $"the topic {policy.Name} has no criteria in the {GuidelineEditionSelector.Name(edition)} edition",
                };
            }
            else
            {
                reviewed.Add((i, new ReviewedItem(policy.ReadsFindingsOfTheRequestedRegion ? facts.InRequestedRegions() : facts, policy, edition)));
            }
        }

        foreach (var group in reviewed.GroupBy(r => r.Item.Edition))
        {
            var session = Network.For(group.Key).CreateSession();
            session.InsertAll(group.Select(r => r.Item));
            session.Fire();
            var outcomes = session.Query<CriterionOutcome>().ToLookup(o => o.Item);
            var determinations = session.Query<ItemDetermination>().ToDictionary(d => d.Item);
            foreach (var (index, item) in group)
            {
                // The evaluation keeps every fact of the item; only the criteria read the region's.
                results[index] = Explain(item, outcomes[item], determinations[item]) with { Facts = whole[index] };
            }
        }

        return [.. results.Select(r => r!)];
    }

    // Every criterion of the topic in the edition, in catalogue order: the outcome of each that
    // fired, and for each that did not apply, why, so that the reviewer keeps the whole checklist.
    private ItemEvaluation Explain(ReviewedItem item, IEnumerable<CriterionOutcome> outcomes, ItemDetermination determination)
    {
        var fired = outcomes.ToDictionary(o => o.Rule);
        var criteria = Catalog.Rules
            .Where(r => r.Topic == item.Policy.Name && (r.Editions & item.Edition) != 0)
            .Select(r => new CriterionEvaluation(
                r,
                fired.TryGetValue(r.Rule, out var outcome) ? outcome.Result : CriterionResult.NotApplicable(r.Rule.NotApplicableBecause(item.Facts) ?? "The criterion did not fire."),
                r.CitationFor(item.Edition)))
            .ToList();
        return new ItemEvaluation { Facts = item.Facts, Topic = item.Policy.Name, Edition = item.Edition, Predicted = determination.Predicted, Criteria = criteria };
    }
}
