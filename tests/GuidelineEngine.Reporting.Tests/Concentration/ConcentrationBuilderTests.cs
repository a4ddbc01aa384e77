using GuidelineEngine.Evaluation;
using GuidelineEngine.Evaluation.Consistency;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using static GuidelineEngine.Reporting.Tests.Rows;

namespace GuidelineEngine.Reporting.Concentration.Tests;

public class ConcentrationBuilderTests
{
    [Test]
    public void Items_are_grouped_by_specialty_licensure_guideline_topic_and_month_with_counts_and_intervals()
    {
        var builder = new ConcentrationBuilder();
        builder.Add(Letter("Family Practice", "California,Washington", new DateOnly(2017, 1, 20),
            Classified(Item("Norco", Outcome.Upheld, Determination.Upheld), ConsistencyClass.Consistent, "Chronic Pain Medical Treatment"),
            Classified(Item("Flexeril", Outcome.Overturned, Determination.Upheld, "MuscleRelaxants"), ConsistencyClass.OutcomeAgainstFindings, "Chronic Pain Medical Treatment")));
        builder.Add(Letter("Orthopedic Surgery", "California, Washington", null,
            Classified(Item("MRI", Outcome.Upheld, Determination.NotCovered), ConsistencyClass.NotJudged, "ODG")));

        var summary = builder.Build();

        var family = summary.BySpecialty["Family Practice"];
        Assert.Multiple(() =>
        {
            Assert.That(family.Items, Is.EqualTo(2));
            Assert.That(family.Agreement, Is.EqualTo(new Proportion(1, 2)));
            Assert.That(family.OverturnRate, Is.EqualTo(new Proportion(1, 2)));
            Assert.That(family.Inconsistent, Is.EqualTo(new Proportion(1, 2)));
            Assert.That(family.Agreement.Low, Is.EqualTo(WilsonInterval.Of(1, 2)!.Value.Low));
            Assert.That(family.Classes, Is.EquivalentTo(new Dictionary<string, int> { ["Consistent"] = 1, ["OutcomeAgainstFindings"] = 1 }));
            Assert.That(summary.ByLicensure.Keys, Is.EqualTo(new[] { "California, Washington" }), "the same states however the letter separates them");
            Assert.That(summary.ByGuideline.Keys, Is.EquivalentTo(new[] { "Chronic Pain Medical Treatment", "ODG" }));
            Assert.That(summary.ByTopic.Keys, Is.EquivalentTo(new[] { "Opioids", "MuscleRelaxants", "not covered" }));
            Assert.That(summary.ByMonth.Keys, Is.EquivalentTo(new[] { "2017-01", ConcentrationBuilder.Unknown }));
            Assert.That(summary.ByMonth[ConcentrationBuilder.Unknown].Agreement.Of, Is.Zero, "a not covered item is outside agreement");
        });
    }

    [Test]
    public void Groups_under_ten_items_are_flagged_small()
    {
        var builder = new ConcentrationBuilder();
        builder.Add(Letter("Family Practice", "California", null,
            [.. Enumerable.Range(0, GroupFigures.MinimumToRank).Select(_ => Classified(Item("Norco", Outcome.Upheld, Determination.Upheld), ConsistencyClass.Consistent, "ODG"))]));
        builder.Add(Letter("Psychiatry", "California", null, Classified(Item("Norco", Outcome.Upheld, Determination.Upheld), ConsistencyClass.Consistent, "ODG")));

        var summary = builder.Build();

        Assert.That((summary.BySpecialty["Family Practice"].Small, summary.BySpecialty["Psychiatry"].Small), Is.EqualTo((false, true)));
    }

    [Test]
    public void Items_without_a_consistency_class_are_left_out()
    {
        var builder = new ConcentrationBuilder();
        builder.Add(Letter("Family Practice", "California", null, Item("Norco", Outcome.Upheld, Determination.Upheld)));

        Assert.That(builder.HasClassified, Is.False);
        Assert.That(builder.Build().BySpecialty, Is.Empty);
    }

    private static EvaluatedItem Classified(EvaluatedItem item, ConsistencyClass @class, string guideline) =>
        item with { Consistency = new ItemConsistency(@class, []), CitedGuideline = guideline };

    private static LetterEvaluation Letter(string specialty, string licensure, DateOnly? decided, params EvaluatedItem[] items) =>
        new("a.txt", "CM1", null, items, null, new Reviewer(specialty, licensure), decided);
}
