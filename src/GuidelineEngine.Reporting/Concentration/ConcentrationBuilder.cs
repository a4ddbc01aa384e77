using System.Globalization;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Evaluation.Consistency;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Reporting.Concentration;

/// <summary>Accumulates the concentration figures one letter at a time, over the items an audit classified.</summary>
public sealed class ConcentrationBuilder
{
    /// <summary>The group of items without the attribute grouped by.</summary>
    public const string Unknown = "unknown";

    private readonly Dictionary<string, SortedDictionary<string, Counts>> breakdowns = new(StringComparer.Ordinal)
    {
        ["specialty"] = new(StringComparer.Ordinal),
        ["licensure"] = new(StringComparer.Ordinal),
        ["guideline"] = new(StringComparer.Ordinal),
        ["topic"] = new(StringComparer.Ordinal),
        ["month"] = new(StringComparer.Ordinal),
    };

    /// <summary>True once an item with a consistency class was added.</summary>
    public bool HasClassified { get; private set; }

    /// <summary>Adds one letter's classified items.</summary>
    public void Add(LetterEvaluation letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        foreach (var item in letter.Items.Where(i => i.Consistency is not null && i.Recorded is not null))
        {
            HasClassified = true;
            Count("specialty", letter.Reviewer?.Specialty, item);
            Count("licensure", Licensure(letter.Reviewer?.Licensure), item);
            Count("guideline", item.CitedGuideline, item);
            Count("topic", item.Evaluation.Topic ?? "not covered", item);
            Count("month", letter.DecisionDate?.ToString("yyyy-MM", CultureInfo.InvariantCulture), item);
        }
    }

    /// <summary>The figures so far.</summary>
    public ConcentrationSummary Build() => new(Figures("specialty"), Figures("licensure"), Figures("guideline"), Figures("topic"), Figures("month"));

    // Letters write "California,Washington" and "California, Washington" for the same states.
    private static string? Licensure(string? states) =>
        states is null ? null : string.Join(", ", states.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private void Count(string breakdown, string? key, EvaluatedItem item)
    {
        var groups = breakdowns[breakdown];
        var name = string.IsNullOrWhiteSpace(key) ? Unknown : key.Trim();
        if (!groups.TryGetValue(name, out var counts))
        {
            groups[name] = counts = new Counts();
        }

        counts.Add(item);
    }

    private IReadOnlyDictionary<string, GroupFigures> Figures(string breakdown) =>
        breakdowns[breakdown].ToDictionary(g => g.Key, g => g.Value.Figures(), StringComparer.Ordinal);

    private sealed class Counts
    {
        private readonly SortedDictionary<string, int> classes = new(StringComparer.Ordinal);
        private int items;
        private int covered;
        private int agreed;
        private int overturned;
        private int judged;
        private int inconsistent;

        public void Add(EvaluatedItem item)
        {
            items++;
            overturned += item.Recorded == Outcome.Overturned ? 1 : 0;
            if (item.Evaluation.Predicted != Determination.NotCovered)
            {
                covered++;
                agreed += item.Agrees == true ? 1 : 0;
            }

            var @class = item.Consistency!.Class;
            classes[@class.ToString()] = classes.GetValueOrDefault(@class.ToString()) + 1;
            if (@class != ConsistencyClass.NotJudged)
            {
                judged++;
                inconsistent += @class == ConsistencyClass.Consistent ? 0 : 1;
            }
        }

        public GroupFigures Figures() =>
            new(items, new Proportion(agreed, covered), new Proportion(overturned, items), new Proportion(inconsistent, judged), classes.ToDictionary(StringComparer.Ordinal));
    }
}
