using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.History.Storage;
using GuidelineEngine.Reading;
using GuidelineEngine.Reporting;
using GuidelineEngine.Testing;

namespace GuidelineEngine.History.Tests;

[TestFixture("sqlite")]
[TestFixture("postgres")]
[NonParallelizable]
public class RunHistoryTests(string store)
{
    private HistoryStores stores = null!;

    [SetUp]
    public void CreateStore() => stores = HistoryStores.Create(store);

    [TearDown]
    public void DropStore() => stores?.Dispose();

    [Test]
    public void A_recorded_run_is_listed_and_shown_with_its_rule_set_inputs_items_criteria_and_classes()
    {
        var history = stores.NewHistory();

        var id = history.Record(Seeds(EvaluationMode.Audit));
        var run = history.Show(id);

        Assert.That(history.List().Select(r => r.Id), Is.EqualTo(new[] { id }));
        Assert.Multiple(() =>
        {
            Assert.That(run.Mode, Is.EqualTo("audit"));
            Assert.That(run.RuleSetHash, Is.EqualTo(Engine.Get<RuleCatalog>().Identity.ContentHash));
            Assert.That(run.Inputs, Has.Count.EqualTo(5));
            Assert.That(run.Inputs.Select(i => i.Sha256), Is.All.Match("^[0-9a-f]{64}$"));
            Assert.That(run.RunItems, Has.Count.EqualTo(14));
            Assert.That(run.RunItems.Single(i => i.Item == "8 POOL THERAPY SESSIONS").ConsistencyClass, Is.EqualTo("FindingContradictedByRecord"));
            Assert.That(run.RunItems.SelectMany(i => i.Criteria).Select(c => c.Rule), Does.Contain("MTUS.CPMTG.AquaticTherapy.ReducedWeightBearing"));
            Assert.That(run.SummaryJson, Does.Contain("\"agreement\""));
        });
    }

    [Test]
    public void Two_runs_recorded_at_once_each_keep_every_item()
    {
        var first = Seeds(EvaluationMode.Audit);
        var second = Seeds(EvaluationMode.Prescreen);

        var ids = Task.WhenAll(
            Task.Run(() => stores.NewHistory().Record(first)),
            Task.Run(() => stores.NewHistory().Record(second))).GetAwaiter().GetResult();

        var history = stores.NewHistory();
        Assert.That(ids.Distinct().Count(), Is.EqualTo(2));
        Assert.That(ids.Select(id => history.Show(id).RunItems.Count), Is.EqualTo(new[] { 14, 14 }));
        Assert.That(ids.Select(id => history.Show(id).Mode), Is.EquivalentTo(new[] { "audit", "prescreen" }));
    }

    [Test]
    public void A_run_holding_a_letter_and_its_pdf_twin_keeps_both_under_distinct_names()
    {
        var history = stores.NewHistory();
        var text = Path.Combine(TestPaths.CorpusLetters, "CM17-0002106.txt");
        var pdf = Path.Combine(TestPaths.CorpusAllPdfs, "CM17-0002106.pdf");

        var id = history.Record(Record(Engine.Get<LetterEvaluator>(), [text, pdf], EvaluationMode.Prescreen, Engine.Get<RuleCatalog>().Identity));

        var letters = history.Show(id).RunItems.Select(i => i.Letter).Distinct().ToList();
        Assert.That(letters, Is.EqualTo(new[] { "CM17-0002106", "CM17-0002106 (CM17-0002106.pdf)" }));
    }

    [Test]
    public void A_run_that_fails_half_way_leaves_nothing_visible()
    {
        var history = stores.NewHistory();
        var run = Seeds(EvaluationMode.Audit);
        // The same item twice breaks the (run, letter, item) key after the run and earlier items were sent.
        run.RunItems.Add(new RunItemEntity { Letter = run.RunItems[^1].Letter, Number = run.RunItems[^1].Number, Item = "again", Predicted = "Upheld" });

        Assert.That(() => history.Record(run), Throws.InstanceOf<Microsoft.EntityFrameworkCore.DbUpdateException>());
        var after = stores.NewHistory();
        Assert.That(after.List(), Is.Empty);
    }

    [Test]
    public void Showing_a_run_the_history_lacks_names_it()
    {
        var history = stores.NewHistory();

        Assert.That(() => history.Show(42), Throws.InstanceOf<RunNotFoundException>().With.Message.Contains("run 42 is not in the history"));
    }

    [Test]
    public void The_trend_gives_each_runs_agreement_and_kappa_oldest_first()
    {
        var history = stores.NewHistory();
        var a = history.Record(Seeds(EvaluationMode.Audit));
        var b = history.Record(Seeds(EvaluationMode.Prescreen));

        var trend = history.Trend();

        Assert.That(trend.Select(t => (t.Run, t.Mode)), Is.EqualTo(new[] { (a, "audit"), (b, "prescreen") }));
        Assert.That(trend[1].Agreement, Is.EqualTo(history.Show(b).Agreement));
    }

    internal static RunEntity Record(LetterEvaluator evaluator, IEnumerable<string> files, EvaluationMode mode, RuleSetIdentity rules)
    {
        var recorder = new RunRecorder(mode == EvaluationMode.Audit ? "audit" : "prescreen", rules);
        var summary = new BatchSummaryBuilder();
        foreach (var file in files)
        {
            recorder.AddInput(file);
            var letter = evaluator.Evaluate(new LetterReader().Read(file), mode);
            summary.Add(letter);
            recorder.Add(letter);
        }

        var figures = summary.Build();
        return recorder.Build(figures, $"{{\"agreement\": {figures.Agreement?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}}}", DateTimeOffset.UtcNow);
    }

    private static RunEntity Seeds(EvaluationMode mode) =>
        Record(Engine.Get<LetterEvaluator>(), LetterReader.ExpandPaths([TestPaths.Seeds]), mode, Engine.Get<RuleCatalog>().Identity);
}
