using GuidelineEngine.Evaluation;
using GuidelineEngine.Evaluation.Consistency;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using static GuidelineEngine.Reporting.Tests.Rows;

namespace GuidelineEngine.Reporting.Sections.Tests;

public class ConsistencySectionTests
{
    [Test]
    public void An_audit_report_counts_the_classes_and_quotes_both_sentences_of_a_contradicted_finding()
    {
        var report = new HtmlReportBuilder("audit");
        var item = Item("8 pool therapy sessions", Outcome.Upheld, Determination.Upheld, "AquaticTherapy") with
        {
            Consistency = new ItemConsistency(ConsistencyClass.FindingContradictedByRecord,
                [new ConsistencyFinding(ConsistencyClass.FindingContradictedByRecord, "The rationale says obesity is not documented.", "no indication that the injured worker is obese", "hypertension, obesity, sleep apnea")]),
        };
        var letter = new LetterEvaluation("001.txt", null, null, [item], null, new Reviewer("Family Practice", "California"));
        var summary = new BatchSummaryBuilder();
        summary.Add(letter);
        report.Add(letter);

        var html = report.Build(summary.Build());

        Assert.That(html, Does.Contain("<table id=\"consistency\">").And.Contain("<td>FindingContradictedByRecord</td><td>1</td>"));
        Assert.That(html, Does.Contain("<q>no indication that the injured worker is obese</q>").And.Contain("<q>hypertension, obesity, sleep apnea</q>"));
        Assert.That(html, Does.Contain("<table id=\"bySpecialty\">").And.Contain("Family Practice <small>(small group: not ranked)</small>"));
    }

    [Test]
    public void A_prescreen_report_has_no_consistency_or_concentration_section()
    {
        var report = new HtmlReportBuilder("prescreen");
        var letter = new LetterEvaluation("a.txt", null, null, [Item("Norco", Outcome.Upheld, Determination.Upheld)]);
        var summary = new BatchSummaryBuilder();
        summary.Add(letter);
        report.Add(letter);

        var html = report.Build(summary.Build());

        Assert.That(html, Does.Not.Contain("id=\"consistency\"").And.Not.Contain("id=\"bySpecialty\"").And.Not.Contain("id=\"trend\""));
    }

    [Test]
    public void The_trend_shows_each_recorded_runs_agreement_and_kappa()
    {
        var report = new HtmlReportBuilder("audit")
        {
            Trend = [new RunTrendPoint(1, new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), "audit", "abc123def456", 0.884, 0.459), new RunTrendPoint(2, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), "audit", "0123456789ab", 0.9, 0.5)],
        };

        var html = report.Build(new BatchSummaryBuilder().Build());

        Assert.That(html, Does.Contain("Trend across recorded runs (2)").And.Contain("<td>88.4 %</td><td>0.459</td>").And.Contain("<polyline"));
    }
}
