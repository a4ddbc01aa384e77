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
    public void Each_inconsistent_item_is_one_line_with_its_findings_folded_and_small_groups_fold_under_the_ranked_ones()
    {
        var report = new HtmlReportBuilder("audit");
        var item = Item("8 pool therapy sessions", Outcome.Upheld, Determination.Upheld, "AquaticTherapy") with
        {
            Consistency = new ItemConsistency(ConsistencyClass.FindingContradictedByRecord,
                [new ConsistencyFinding(ConsistencyClass.FindingContradictedByRecord, "The rationale says obesity is not documented.", "no indication that the injured worker is obese", "hypertension, obesity, sleep apnea")]),
        };
        var letter = new LetterEvaluation("001.txt", "CM9", null, [item], null, new Reviewer("Family Practice", "California"));
        var summary = new BatchSummaryBuilder();
        summary.Add(letter);
        report.Add(letter);

        var html = report.Build(summary.Build());

        Assert.That(html, Does.Contain("<details class=\"item\"><summary><b>8 pool therapy sessions</b> · CM9 · topic AquaticTherapy · recorded <b>Upheld</b> · <b>FindingContradictedByRecord</b></summary><ul><li>"));
        Assert.That(html, Does.Match("<details class=\"small-groups\"><summary>1 small group \\(under 10 items: flagged, not ranked\\)</summary><table class=\"small\" data-breakdown=\"bySpecialty\">.*Family Practice"));
    }

    [Test]
    public void A_wilson_interval_never_wraps_inside_a_value_only_between_the_share_and_its_interval()
    {
        var report = new HtmlReportBuilder("audit");
        var item = Item("Norco", Outcome.Upheld, Determination.Upheld) with { Consistency = new ItemConsistency(ConsistencyClass.Consistent, []) };
        var letter = new LetterEvaluation("001.txt", null, null, [item], null, new Reviewer("Family Practice", "California"));
        var summary = new BatchSummaryBuilder();
        summary.Add(letter);
        report.Add(letter);

        var html = report.Build(summary.Build());

        var table = System.Text.RegularExpressions.Regex.Match(html, "<table class=\"small\" data-breakdown=\"bySpecialty\">.*?</table>").Value;
        var shares = System.Text.RegularExpressions.Regex.Matches(table, @"<span class=""nw"">\d+\.\d % \(\d+/\d+\)</span> <span class=""nw"">\[\d+\.\d %–\d+\.\d %\]</span>");
        Assert.That(shares, Has.Count.GreaterThan(0), table);
        Assert.That(System.Text.RegularExpressions.Regex.Replace(table, "<span class=\"nw\">[^<]*</span>", string.Empty), Does.Not.Match(@"\d %"), "every share and interval is inside a span that does not wrap");
        Assert.That(html, Does.Contain(".nw{white-space:nowrap}"));
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

    [Test]
    public void The_trend_chart_has_labelled_axes_and_a_marker_on_each_runs_point()
    {
        var report = new HtmlReportBuilder("audit")
        {
            Trend = [new RunTrendPoint(7, new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), "audit", "abc123def456", 0.884, 0.459), new RunTrendPoint(9, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), "audit", "0123456789ab", 0.9, null)],
        };

        var chart = System.Text.RegularExpressions.Regex.Match(report.Build(new BatchSummaryBuilder().Build()), "<svg id=\"trend-chart\".*?</svg>").Value;

        Assert.That(System.Text.RegularExpressions.Regex.Matches(chart, "<line class=\"tick\""), Has.Count.EqualTo(5), "a tick at every quarter of the 0–1 scale");
        Assert.That(chart, Does.Contain(">0.00</text>").And.Contain(">0.50</text>").And.Contain(">1.00</text>"));
        Assert.That(chart, Does.Contain(">7</text>").And.Contain(">9</text>"), "each run's id on the x axis");
        Assert.That(System.Text.RegularExpressions.Regex.Matches(chart, "<circle class=\"agreement\""), Has.Count.EqualTo(2));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(chart, "<rect class=\"kappa\""), Has.Count.EqualTo(1), "no marker where kappa is undefined");
        Assert.That(chart, Does.Contain("<title>run 7: agreement 88.4 %</title>"));
    }
}
