using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation.Consistency;

/// <summary>
/// Which criteria of an audited item rest on a finding the reviewer's rationale states, and on
/// which finding. A criterion rests on a stated finding when it cites a rationale fact as evidence,
/// or when it reads one: had the rationale stated that fact the other way round (present for
/// absent), or not at all, the criterion's status would differ. The second test finds the findings
/// a criterion weighs without citing them, such as an imaging indication left not documented while
/// the rationale states there is no red flag.
/// </summary>
internal static class StatedFindings
{
    /// <summary>Each criterion that rests on a stated finding, with the rationale fact it rests on.</summary>
    public static IReadOnlyDictionary<CriterionEvaluation, Fact> Of(ItemEvaluation evaluation)
    {
        var facts = evaluation.Facts;
        var stated = facts.Facts
            .Where(f => f.Section == SourceSection.Rationale && f.Polarity != Polarity.NotMentioned)
            .GroupBy(f => f.Kind)
            .ToList();
        var read = new Dictionary<CriterionEvaluation, Fact>();
        if (stated.Count == 0)
        {
            return read;
        }

        foreach (var criterion in evaluation.Criteria)
        {
            var cited = criterion.Result.Evidence.FirstOrDefault(e => e.Section == SourceSection.Rationale && e.Polarity != Polarity.NotMentioned);
            if (cited is not null)
            {
                read[criterion] = cited;
                continue;
            }

            var rule = criterion.Rule.Rule;
            var status = Judge(rule, facts);
            foreach (var kind in stated)
            {
                if (Judge(rule, Flipped(facts, kind.Key)) != status || Judge(rule, Unstated(facts, kind.Key)) != status)
                {
                    read[criterion] = facts.Evidence(kind.Key).FirstOrDefault(f => f.Section == SourceSection.Rationale) ?? kind.First();
                    break;
                }
            }
        }

        return read;
    }

    // The criterion's status as the evaluator gives it: a criterion that does not apply does not fire.
    private static CriterionStatus Judge(CriterionRule rule, ItemFacts facts) =>
        rule.NotApplicableBecause(facts) is null ? rule.Evaluate(facts).Status : CriterionStatus.NotApplicable;

    // The rationale states the kind the other way round: a documented finding as absent, an absent one as documented.
    private static ItemFacts Flipped(ItemFacts facts, FactKind kind) => facts with
    {
        Facts = [.. facts.Facts.Select(f => f.Kind != kind || f.Section != SourceSection.Rationale || f.Polarity == Polarity.NotMentioned
            ? f
            : f.Polarity == Polarity.Present
                ? f with { Polarity = Polarity.Absent, Value = null, Absence = Absence.Finding }
                : f with { Polarity = Polarity.Present, Absence = null })],
    };

    // The rationale says nothing of the kind: the record's facts alone count.
    private static ItemFacts Unstated(ItemFacts facts, FactKind kind) => facts with
    {
        Facts = [.. facts.Facts.Where(f => f.Kind != kind || f.Section != SourceSection.Rationale)],
    };
}
