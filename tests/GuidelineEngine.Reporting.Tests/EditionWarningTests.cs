using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Reporting.Tests;

public class EditionWarningTests
{
    private static readonly DateOnly After2017 = new(2018, 1, 5);

    private static Evaluation.ItemEvaluation Dated(Determination predicted, DateOnly date, params Evaluation.CriterionEvaluation[] criteria)
    {
        var evaluation = Rows.Item("Norco 10/325 #60", Outcome.Upheld, predicted, "Opioids", criteria).Evaluation;
        return evaluation with { Facts = evaluation.Facts with { RequestDate = date, RecordDate = date } };
    }

    [Test]
    public void A_covered_item_dated_under_the_acoem_based_mtus_says_which_guideline_its_prediction_applies()
    {
        var warning = EditionWarning.Of(Dated(Determination.Upheld, After2017, Rows.Criterion("MTUS.CPMTG.Opioids.FourAs", CriterionStatus.NotMet)));

        Assert.That(warning, Is.EqualTo("Requests from 2017-12-01 fall under the ACOEM-based MTUS guidelines, whose own criteria for Opioids are not encoded: this prediction applies the criteria of MTUS CPMTG. Review this item against the guideline in force on 2018-01-05."));
    }

    [Test]
    public void A_covered_item_dated_before_the_acoem_based_mtus_needs_no_edition_warning() =>
        Assert.That(EditionWarning.Of(Dated(Determination.Upheld, new DateOnly(2016, 12, 1), Rows.Criterion("MTUS.CPMTG.Opioids.FourAs", CriterionStatus.NotMet))), Is.Null);

    [Test]
    public void An_uncovered_item_of_a_topic_without_2017_criteria_says_no_prediction_is_made()
    {
        var evaluation = Dated(Determination.NotCovered, After2017) with { Topic = "Opioids" };

        Assert.That(EditionWarning.Of(evaluation), Does.StartWith("Requests from 2017-12-01 fall under the ACOEM-based MTUS guidelines, which have no encoded criteria for Opioids: no prediction is made."));
    }
}
