using GuidelineEngine.Evaluation;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Reporting;

/// <summary>Accumulates the QA figures one letter at a time, so a batch need not be held in memory.</summary>
public sealed class BatchSummaryBuilder
{
    private readonly ConfusionMatrix confusion = new();
    private readonly SortedDictionary<string, (int Items, ConfusionMatrix Confusion)> topics = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Decided, int Agreed)> rules = new(StringComparer.Ordinal);
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
        foreach (var item in letter.Items)
        {
            items++;
            var evaluation = item.Evaluation;
            if (evaluation.Predicted == Determination.NotCovered || evaluation.Topic is not { } topic || item.Recorded is not Outcome actual)
            {
                continue;
            }

            covered++;
            var predicted = evaluation.Predicted == Determination.Upheld ? Outcome.Upheld : Outcome.Overturned;
            confusion.Add(predicted, actual);
            var entry = topics.TryGetValue(topic, out var t) ? t : (Items: 0, Confusion: new ConfusionMatrix());
            entry.Confusion.Add(predicted, actual);
            topics[topic] = (entry.Items + 1, entry.Confusion);
            foreach (var criterion in evaluation.Criteria.Where(c => Decided(c.Result.Status, evaluation.Predicted)))
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
        ByRule = rules.ToDictionary(r => r.Key, r => new RuleSummary(r.Value.Decided, r.Value.Agreed)),
    };

    private static bool Decided(CriterionStatus status, Determination predicted) =>
        predicted == Determination.Upheld
            ? status is CriterionStatus.NotMet or CriterionStatus.NotDocumented
            : status == CriterionStatus.Met;
}
