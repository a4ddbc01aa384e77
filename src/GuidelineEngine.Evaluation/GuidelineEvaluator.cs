using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation;

/// <summary>
/// Predicts a determination per item: chooses the edition by the request date and the topic by
/// the item (the covering topic of highest precedence), runs the topic's criteria of that edition
/// and combines them by the topic's policy. An item no topic covers is NotCovered, never a
/// guess. Deterministic and thread-safe: the catalogue is immutable and rules hold no state.
/// </summary>
public sealed class GuidelineEvaluator(RuleCatalog catalog)
{
    /// <summary>The rule catalogue evaluated.</summary>
    public RuleCatalog Catalog { get; } = catalog ?? throw new ArgumentNullException(nameof(catalog));

    /// <summary>Every topic that covers the item, highest precedence first.</summary>
    public IReadOnlyList<TopicPolicy> CoveringTopics(ItemFacts facts) => [.. Catalog.Topics.Where(p => p.Covers(facts))];

    /// <summary>Evaluates one item's facts alone, as a request of one item.</summary>
    public ItemEvaluation Evaluate(ItemFacts facts) => Evaluate(facts, RequestContext.Empty);

    /// <summary>
    /// Evaluates every item of one request: the items of primary topics (a surgery) first, then
    /// the others, whose request criteria read the primaries' predictions. Results come in item order.
    /// </summary>
    public IReadOnlyList<ItemEvaluation> EvaluateRequest(IReadOnlyList<ItemFacts> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var results = new ItemEvaluation?[items.Count];
        var primaries = new List<RelatedItem>();
        for (var i = 0; i < items.Count; i++)
        {
            if (Catalog.Topics.FirstOrDefault(p => p.Covers(items[i])) is { IsPrimary: true })
            {
                var evaluation = Evaluate(items[i], RequestContext.Empty);
                results[i] = evaluation;
                primaries.Add(new RelatedItem(items[i].ItemNumber, items[i].Request.Name, evaluation.Topic!, evaluation.Predicted));
            }
        }

        var context = new RequestContext(primaries);
        return [.. results.Select((result, i) => result ?? Evaluate(items[i], context))];
    }

    private ItemEvaluation Evaluate(ItemFacts facts, RequestContext request)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var edition = GuidelineEditionSelector.For(facts.RecordDate);
        var policy = Catalog.Topics.FirstOrDefault(p => p.Covers(facts));
        if (policy is null)
        {
            return new ItemEvaluation { Facts = facts, Edition = edition, Predicted = Determination.NotCovered, Criteria = [], NotCoveredReason = UncoveredItem.Reason(facts) };
        }

        var criteria = Catalog.Rules
            .Where(r => r.Topic == policy.Name && (r.Editions & edition) != 0)
            .Select(r => new CriterionEvaluation(r, r.Rule is RequestCriterionRule requestRule ? requestRule.Evaluate(facts, request) : r.Rule.Evaluate(facts), r.CitationFor(edition)))
            .ToList();
        return new ItemEvaluation
        {
            Facts = facts,
            Topic = policy.Name,
            Edition = edition,
            Predicted = criteria.Count == 0 ? Determination.NotCovered : policy.Combine([.. criteria.Select(c => c.Result)]),
            Criteria = criteria,
            NotCoveredReason = criteria.Count == 0 ? $"the topic {policy.Name} has no criteria in the {GuidelineEditionSelector.Name(edition)} edition" : null,
        };
    }
}
