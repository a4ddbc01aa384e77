using GuidelineEngine.Evaluation;
using GuidelineEngine.Evaluation.Consistency;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Reporting;

/// <summary>Accumulates the QA figures one letter at a time, so a batch need not be held in memory.</summary>
public sealed class BatchSummaryBuilder
{
    private readonly ConfusionMatrix confusion = new();
    private readonly SortedDictionary<string, (int Items, ConfusionMatrix Confusion)> topics = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Items, ConfusionMatrix Confusion)> sources = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Decided, int Agreed)> rules = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> notCovered = new(StringComparer.Ordinal);
    private readonly Concentration.ConcentrationBuilder concentration = new();
    private readonly SortedDictionary<string, int> classes = new(StringComparer.Ordinal);
    private int letters;
    private int failed;
    private int items;
    private int covered;

    /// <summary>Adds one letter's results.</summary>
    public void Add(LetterEvaluation letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        letters++;
        failed += letter.Error is null ? 0 : 1;
        concentration.Add(letter);
        foreach (var item in letter.Items)
        {
            items++;
            if (item.Consistency is { } consistency)
            {
                classes[consistency.Class.ToString()] = classes.GetValueOrDefault(consistency.Class.ToString()) + 1;
            }

            var evaluation = item.Evaluation;
            if (evaluation.Predicted == Determination.NotCovered)
            {
                var reason = evaluation.NotCoveredReason ?? "not covered";
                notCovered[reason] = notCovered.GetValueOrDefault(reason) + 1;
                continue;
            }

            if (evaluation.Topic is not { } topic || item.Recorded is not Outcome actual)
            {
                continue;
            }

            covered++;
            var predicted = evaluation.Predicted == Determination.Upheld ? Outcome.Upheld : Outcome.Overturned;
            confusion.Add(predicted, actual);
            Count(topics, topic, predicted, actual);
            Count(sources, evaluation.Source == GuidelineSource.NonMtus ? "NonMTUS" : "MTUS", predicted, actual);
            foreach (var criterion in evaluation.DecidingCriteria)
            {
                var counts = rules.GetValueOrDefault(criterion.Rule.Id);
                rules[criterion.Rule.Id] = (counts.Decided + 1, counts.Agreed + (item.Agrees == true ? 1 : 0));
            }
        }
    }

    /// <summary>The figures so far.</summary>
    public BatchSummary Build() => new()
    {
        Letters = letters,
        FailedLetters = failed,
        Items = items,
        Covered = covered,
        Confusion = confusion,
        ByTopic = topics.ToDictionary(t => t.Key, t => new TopicSummary(t.Value.Items, t.Value.Confusion)),
        BySource = sources.ToDictionary(t => t.Key, t => new TopicSummary(t.Value.Items, t.Value.Confusion)),
        NotCovered = notCovered.ToDictionary(),
        ByRule = rules.ToDictionary(r => r.Key, r => new RuleSummary(r.Value.Decided, r.Value.Agreed)),
        Consistency = concentration.HasClassified
            ? Enum.GetNames<ConsistencyClass>().ToDictionary(c => c, c => classes.GetValueOrDefault(c), StringComparer.Ordinal)
            : null,
        Concentration = concentration.HasClassified ? concentration.Build() : null,
    };

    private static void Count(SortedDictionary<string, (int Items, ConfusionMatrix Confusion)> groups, string key, Outcome predicted, Outcome actual)
    {
        var entry = groups.TryGetValue(key, out var found) ? found : (Items: 0, Confusion: new ConfusionMatrix());
        entry.Confusion.Add(predicted, actual);
        groups[key] = (entry.Items + 1, entry.Confusion);
    }
}
