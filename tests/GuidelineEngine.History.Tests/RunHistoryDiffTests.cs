using System.Globalization;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Reading;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus;
using GuidelineEngine.Rules.Mtus.PhysicalMedicine;
using GuidelineEngine.Testing;

namespace GuidelineEngine.History.Tests;

[TestFixture("sqlite")]
[TestFixture("postgres")]
[NonParallelizable]
public class RunHistoryDiffTests(string store)
{
    private const string ChangedRule = "MTUS.CPMTG.PhysicalMedicine.VisitCount";

    [Test]
    public void The_diff_of_runs_before_and_after_one_rules_threshold_changes_lists_exactly_the_items_that_rule_decides()
    {
        using var stores = HistoryStores.Create(store);
        var letters = LetterReader.ExpandPaths([TestPaths.CorpusLetters]).ToList();
        var types = MtusRules.Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true }).ToList();
        var original = Engine.Get<RuleCatalog>();
        var variant = RuleCatalog.Create(
            types.Where(t => t.IsSubclassOf(typeof(CriterionRule)) && t != typeof(VisitCount)).Append(typeof(VisitCountOfThirty)),
            types.Where(t => t.IsSubclassOf(typeof(TopicPolicy))));
        var before = Evaluate(original, letters);
        var after = Evaluate(variant, letters);
        var history = stores.NewHistory();

        var runBefore = history.Record(Record(before, original));
        var runAfter = history.Record(Record(after, variant));
        var diff = history.Diff(runBefore, runAfter);

        // An item changes when the rule's status does, or when its consistency class does: the
        // variant reads no visits finding the rationale states, so an audited item whose class
        // rested on that finding moves though the status stays.
        var expected = before.Zip(after).SelectMany(pair => pair.First.Items.Select((item, i) => (Letter: pair.First.CaseNumber ?? Path.GetFileName(pair.First.File), Number: i + 1, Before: Status(item), After: Status(pair.Second.Items[i]))))
            .Where(x => x.Before != x.After)
            .Select(x => (x.Letter, x.Number))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(diff.Changes.Select(c => (c.Letter, c.Number)), Is.EquivalentTo(expected));
            Assert.That(diff.Changes.SelectMany(c => c.Rules).Select(r => r.Rule).Distinct(), Is.EqualTo(new[] { ChangedRule }));
            Assert.That(diff.Changes.Count(c => c.PredictionChanged), Is.GreaterThan(0), "the new threshold decides some items");
            Assert.That(diff.Before.RuleSetHash, Is.Not.EqualTo(diff.After.RuleSetHash));
        });
    }

    private static string? Status(EvaluatedItem item) =>
        item.Evaluation.Criteria.SingleOrDefault(c => c.Rule.Id == ChangedRule)?.Result.Status.ToString() + " " + item.Consistency?.Class;

    private static List<LetterEvaluation> Evaluate(RuleCatalog catalog, IEnumerable<string> letters)
    {
        var evaluator = new LetterEvaluator(new LetterReader(), Engine.Get<FactExtractor>(), new GuidelineEvaluator(catalog));
        return [.. evaluator.EvaluateAll(letters, EvaluationMode.Audit, Environment.ProcessorCount)];
    }

    private static Storage.RunEntity Record(IEnumerable<LetterEvaluation> letters, RuleCatalog catalog)
    {
        var recorder = new RunRecorder("audit", catalog.Identity);
        var summary = new Reporting.BatchSummaryBuilder();
        foreach (var letter in letters)
        {
            recorder.Add(letter);
            summary.Add(letter);
        }

        return recorder.Build(summary.Build(), "{}", DateTimeOffset.UtcNow);
    }

    /// <summary>The physical medicine visit count with a looser threshold: 30 visits instead of 10.</summary>
    [Rule<PhysicalMedicinePolicy>(ChangedRule, Pages = "98-99", Criterion = "Physical medicine: at most 30 visits (a test variant of the 10-visit schedule).")]
    public sealed class VisitCountOfThirty : CriterionRule
    {
        /// <summary>The variant's threshold.</summary>
        public const int MaximumVisits = 30;

        /// <inheritdoc/>
        public override CriterionResult Evaluate(ItemFacts facts)
        {
            ArgumentNullException.ThrowIfNull(facts);
            if (facts.Request.Visits is not int count)
            {
                return NotDocumented("The request does not state how many visits.", "the number of visits requested");
            }

            var text = count.ToString(CultureInfo.InvariantCulture);
            return count <= MaximumVisits ? Met($"{text} visits are within {MaximumVisits}.") : NotMet($"{text} visits exceed {MaximumVisits}.");
        }
    }
}
