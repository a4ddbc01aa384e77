using GuidelineEngine.Evaluation;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using static GuidelineEngine.Reporting.Tests.Rows;

namespace GuidelineEngine.Reporting.Tests;

public class FigureNotesTests
{
    private static BatchSummary Summary(params EvaluatedItem[] items)
    {
        var builder = new BatchSummaryBuilder();
        builder.Add(new LetterEvaluation("a.txt", "CM1", null, items));
        return builder.Build();
    }

    [Test]
    public void Agreement_below_the_always_upheld_baseline_gets_a_plain_warning()
    {
        var summary = Summary(Item("a", Outcome.Upheld, Determination.Overturned), Item("b", Outcome.Upheld, Determination.Upheld));

        Assert.That(FigureNotes.BelowBaseline(summary), Is.EqualTo("Warning: agreement (50.0 %) is below the always-Upheld baseline (100.0 %): predicting Upheld for every item would have matched the recorded outcomes more often."));
    }

    [Test]
    public void Agreement_at_or_above_the_baseline_gets_no_warning() =>
        Assert.That(FigureNotes.BelowBaseline(Summary(Item("a", Outcome.Overturned, Determination.Overturned), Item("b", Outcome.Upheld, Determination.Upheld))), Is.Null);

    [Test]
    public void Coverage_says_how_many_items_are_not_covered_and_why()
    {
        var summary = Summary(Item("MRI of the knee", Outcome.Upheld, Determination.NotCovered), Item("b", Outcome.Upheld, Determination.Upheld));

        Assert.That(FigureNotes.Coverage(summary), Does.StartWith("1 item(s) not covered: no encoded topic applies"));
    }
}
