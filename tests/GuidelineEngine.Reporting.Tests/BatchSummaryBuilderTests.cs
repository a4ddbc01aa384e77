using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using static GuidelineEngine.Reporting.Tests.Rows;

namespace GuidelineEngine.Reporting.Tests;

public class BatchSummaryBuilderTests
{
    [Test]
    public void Figures_count_letters_failures_coverage_topics_and_deciding_rules()
    {
        var builder = new BatchSummaryBuilder();
        builder.Add(new LetterEvaluation("a.txt", "CM1", null,
        [
            Item("Norco", Outcome.Upheld, Determination.Upheld, "Opioids", Criterion("R.FourAs", CriterionStatus.NotDocumented), Criterion("R.Ceiling", CriterionStatus.NotApplicable)),
            Item("MRI", Outcome.Upheld, Determination.NotCovered),
        ]));
        builder.Add(new LetterEvaluation("b.txt", null, "b.txt: is empty", []));
        builder.Add(new LetterEvaluation("c.txt", "CM3", null,
        [
            Item("Flexeril", Outcome.Overturned, Determination.Upheld, "MuscleRelaxants", Criterion("R.ShortTerm", CriterionStatus.NotMet)),
            Item("Lidoderm", Outcome.Overturned, Determination.Overturned, "TopicalLidocaine", Criterion("R.Patch", CriterionStatus.Met)),
        ]));

        var summary = builder.Build();

        Assert.That((summary.Letters, summary.FailedLetters, summary.Items, summary.Covered), Is.EqualTo((3, 1, 4, 3)));
        Assert.That(summary.Coverage, Is.EqualTo(0.75));
        Assert.That(summary.Agreement, Is.EqualTo(2.0 / 3).Within(1e-9));
        Assert.That(summary.Confusion[Outcome.Upheld, Outcome.Overturned], Is.EqualTo(1));
        Assert.That(summary.ByTopic.Keys, Is.EqualTo(new[] { "MuscleRelaxants", "Opioids", "TopicalLidocaine" }));
        Assert.That(summary.ByRule, Is.EquivalentTo(new Dictionary<string, RuleSummary>
        {
            ["R.FourAs"] = new(1, 1),
            ["R.ShortTerm"] = new(1, 0),
            ["R.Patch"] = new(1, 1),
        }));
    }

    [Test]
    public void Uncovered_items_are_counted_by_why_and_covered_ones_by_guideline_source()
    {
        var builder = new BatchSummaryBuilder();
        builder.Add(new LetterEvaluation("a.txt", "CM1", null,
        [
            Item("MRI", Outcome.Upheld, Determination.NotCovered),
            Item("MRI", Outcome.Overturned, Determination.NotCovered),
            Item("EMG", Outcome.Upheld, Determination.NotCovered),
            Item("Norco", Outcome.Upheld, Determination.Upheld, "Opioids", Criterion("MTUS.CPMTG.Opioids.FourAs", CriterionStatus.NotDocumented)),
            Item("Cold unit", Outcome.Overturned, Determination.Upheld, "ColdTherapy", Criterion("NonMTUS.ODG.ColdTherapy.Days", CriterionStatus.NotMet)),
        ]));

        var summary = builder.Build();

        Assert.That(summary.NotCovered, Is.EquivalentTo(new Dictionary<string, int> { ["no encoded topic covers MRI"] = 2, ["no encoded topic covers EMG"] = 1 }));
        Assert.That(summary.BySource.ToDictionary(s => s.Key, s => (s.Value.Items, s.Value.Agreement)), Is.EquivalentTo(new Dictionary<string, (int, double?)> { ["MTUS"] = (1, 1.0), ["NonMTUS"] = (1, 0.0) }));
    }

    [Test]
    public void An_audit_counts_every_consistency_class_and_a_prescreen_has_no_consistency_figures()
    {
        var audit = new BatchSummaryBuilder();
        audit.Add(new LetterEvaluation("a.txt", "CM1", null,
        [
            Item("Norco", Outcome.Upheld, Determination.Upheld) with { Consistency = new(Evaluation.Consistency.ConsistencyClass.GuidelineMismatch, []) },
            Item("Soma", Outcome.Upheld, Determination.Upheld) with { Consistency = new(Evaluation.Consistency.ConsistencyClass.GuidelineMismatch, []) },
        ], null, new Reviewer("Family Practice", "California")));
        var prescreen = new BatchSummaryBuilder();
        prescreen.Add(new LetterEvaluation("a.txt", "CM1", null, [Item("Norco", Outcome.Upheld, Determination.Upheld)]));

        var summary = audit.Build();

        Assert.That(summary.Consistency!["GuidelineMismatch"], Is.EqualTo(2));
        Assert.That(summary.Consistency.Keys, Is.EquivalentTo(Enum.GetNames<Evaluation.Consistency.ConsistencyClass>()));
        Assert.That(summary.Concentration!.BySpecialty["Family Practice"].Items, Is.EqualTo(2));
        Assert.That((prescreen.Build().Consistency, prescreen.Build().Concentration), Is.EqualTo((null as IReadOnlyDictionary<string, int>, null as Concentration.ConcentrationSummary)));
    }
}
