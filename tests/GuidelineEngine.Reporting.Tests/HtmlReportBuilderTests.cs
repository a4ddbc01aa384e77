using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using static GuidelineEngine.Reporting.Tests.Rows;

namespace GuidelineEngine.Reporting.Tests;

public class HtmlReportBuilderTests
{
    private static string Report(params LetterEvaluation[] letters)
    {
        var builder = new HtmlReportBuilder("prescreen");
        var summary = new BatchSummaryBuilder();
        foreach (var letter in letters)
        {
            builder.Add(letter);
            summary.Add(letter);
        }

        return builder.Build(summary.Build());
    }

    [Test]
    public void A_discordant_item_is_listed_with_its_criteria_and_its_summary_sentence_highlighted()
    {
        const string summary = "The patient takes Norco. There is no urine drug screen.";
        var evidence = SummaryFact(FactKind.UrineDrugScreen, Polarity.Absent, summary, "urine drug screen");
        var html = Report(new LetterEvaluation("a.txt", "CM1", null,
            [Item("Norco 10/325mg #60", Outcome.Overturned, Determination.Upheld, "Opioids", Criterion("MTUS.CPMTG.Opioids.Monitoring", CriterionStatus.NotDocumented, evidence))],
            summary));

        Assert.That(html, Does.Contain("Discordant items (1)").And.Contain("Norco 10/325mg #60").And.Contain("MTUS.CPMTG.Opioids.Monitoring"));
        Assert.That(html, Does.Contain("<mark>There is no urine drug screen.</mark>"));
    }

    [Test]
    public void Agreeing_items_are_not_listed_as_discordant() =>
        Assert.That(Report(new LetterEvaluation("a.txt", "CM1", null, [Item("Norco", Outcome.Upheld, Determination.Upheld)])), Does.Contain("Discordant items (0)"));

    [Test]
    public void A_failed_letter_is_linked_with_its_reason() =>
        Assert.That(Report(new LetterEvaluation("/tmp/bad.txt", null, "/tmp/bad.txt: is empty", [])), Does.Contain("href=\"file:///tmp/bad.txt\"").And.Contain("is empty"));

    [Test]
    public void Text_from_letters_is_escaped_never_echoed_as_html()
    {
        var html = Report(new LetterEvaluation("a.txt", "CM1", null, [Item("<script>alert(1)</script>", Outcome.Overturned, Determination.Upheld)], "<b>x</b>"));

        Assert.That(html, Does.Not.Contain("<script>alert(1)</script>").And.Contain("&lt;script&gt;"));
    }

    [Test]
    public void The_report_is_self_contained_and_says_it_predicts_rather_than_decides()
    {
        var html = Report(new LetterEvaluation("a.txt", "CM1", null, [Item("Norco", Outcome.Upheld, Determination.Upheld)]));

        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("<script src"));
        Assert.That(html, Does.Contain(PhysicianDisclaimer.Text));
    }

    [Test]
    public void The_report_lists_uncovered_items_by_why_and_predictions_by_guideline_source()
    {
        var html = Report(new LetterEvaluation("a.txt", "CM1", null, [Item("MRI of the knee", Outcome.Upheld, Determination.NotCovered), Item("Norco", Outcome.Upheld, Determination.Upheld)]));

        Assert.That(html, Does.Contain("Not covered (1)").And.Contain("<td>no encoded topic covers MRI of the knee</td><td>1</td><td>CM1: MRI of the knee</td>"));
        Assert.That(html, Does.Contain("id=\"sources\"").And.Contain("<td>MTUS</td><td>1</td>"));
    }
}
