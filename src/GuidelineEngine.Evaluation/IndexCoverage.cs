using GuidelineEngine.Facts.Index;

namespace GuidelineEngine.Evaluation;

/// <summary>
/// Joins the guideline topic index to the rule catalogue: every index topic is decided by its
/// encoded topic's rules, by the one rule of topics the guideline does not recommend, or has a
/// stated reason why no rule decides it ("ODG Hearing aids: not encoded").
/// </summary>
public static class IndexCoverage
{
    /// <summary>The policy name of the shared rule shape for MTUS topics the guideline does not recommend.</summary>
    public const string NotRecommendedTopic = "NotRecommended";

    /// <summary>The policy name of the shared rule shape for non-MTUS topics the guideline does not recommend.</summary>
    public const string NotRecommendedOutsideMtusTopic = "NotRecommendedOutsideMtus";

    /// <summary>The index rows whose encoded topic no topic policy of the catalogue has, each naming its file, row and what was expected.</summary>
    public static IReadOnlyList<string> Problems(GuidelineIndex index, RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(catalog);
        var names = catalog.Topics.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return [.. index.Topics.Where(t => t.EncodedTopic is { } name && !names.Contains(name))
            .Select(t => $"{t.File}: row '{t.Id}': encoded topic '{t.EncodedTopic}' is not a topic policy of the rules; expected one of {string.Join(", ", names.Order(StringComparer.Ordinal))}")];
    }

    /// <summary>Checks <see cref="Problems"/>.</summary>
    /// <exception cref="RuleSetException">An index row names an encoded topic the rules do not have.</exception>
    public static void Validate(GuidelineIndex index, RuleCatalog catalog)
    {
        var problems = Problems(index, catalog);
        if (problems.Count > 0)
        {
            throw new RuleSetException(problems);
        }
    }

    /// <summary>How each index topic is decided, in index order.</summary>
    public static IReadOnlyList<IndexTopicCoverage> Of(GuidelineIndex index, RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(catalog);
        var counts = catalog.Rules.GroupBy(r => r.Topic).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. index.Topics.Select(t =>
        {
            var decider = t.EncodedTopic ?? (t.IsNotRecommended ? (t.Mtus ? NotRecommendedTopic : NotRecommendedOutsideMtusTopic) : null);
            var rules = decider is null ? 0 : counts.GetValueOrDefault(decider);
            return new IndexTopicCoverage(t, rules > 0 ? decider : null, rules, rules > 0 ? null : ReasonNotEncoded(t));
        })];
    }

    /// <summary>Why no rule decides an index topic, e.g. "Official Disability Guidelines (ODG) Hearing aids: not encoded (recommended with criteria)".</summary>
    public static string ReasonNotEncoded(IndexTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (topic.Reason is { } reason)
        {
            return reason;
        }

        var why = topic.Status == TopicStatus.Info
            ? "a framework or definition the guideline gives, with no status of its own to decide a request by"
            : $"not encoded ({Words(topic.Status)}; its criteria are not yet written as rules)";
        return $"{(topic.Mtus ? string.Empty : "Non-MTUS ")}{topic.Guideline} {topic.Topic}: {why}";
    }

    /// <summary>The status as a sentence says it, e.g. "recommended with criteria".</summary>
    public static string Words(TopicStatus status) => status switch
    {
        TopicStatus.RecommendedWithCriteria => "recommended with criteria",
        TopicStatus.SecondLine => "second-line",
        TopicStatus.NotRecommended => "not recommended",
        TopicStatus.UnderStudy => "under study",
        TopicStatus.Info => "framework",
        _ => status.ToString().ToLowerInvariant(),
    };
}
