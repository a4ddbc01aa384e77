using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;
using static GuidelineEngine.Reporting.Tests.Rows;

namespace GuidelineEngine.Reporting.Tests;

public class HtmlReportBuilderTests
{
    private static readonly ReportRun Run = new(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero), "1.2.3+abc", ["seeds/"],
        new RuleSetIdentity("1.0.0+d83a0d9", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));

    private static string Report(params LetterEvaluation[] letters)
    {
        var builder = new HtmlReportBuilder("prescreen", Run);
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

        Assert.That(html, Does.Contain("Discordant items (1)").And.Contain("Norco 10/325mg #60").And.Contain("<code>MTUS.<wbr>CPMTG.<wbr>Opioids.<wbr>Monitoring</code>"), "a rule id may wrap only after its dots");
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

    private static LetterEvaluation Mixed()
    {
        const string summary = "The patient takes Norco. Pain is 8/10. There is no urine drug screen.";
        var screen = SummaryFact(FactKind.UrineDrugScreen, Polarity.Absent, summary, "urine drug screen");
        var pain = SummaryFact(FactKind.PainScore, Polarity.Present, summary, "8/10");
        return new LetterEvaluation("a.txt", "CM1", null,
        [
            Item("Norco 10/325mg #60", Outcome.Overturned, Determination.Upheld, "Opioids", Criterion("MTUS.CPMTG.Opioids.Monitoring", CriterionStatus.NotDocumented, screen)),
            Item("Lidoderm 5% patch #30", Outcome.Upheld, Determination.Overturned, "TopicalLidocaine", Criterion("MTUS.CPMTG.TopicalLidocaine.NeuropathicPain", CriterionStatus.Met, pain)),
            Item("Tramadol 50mg #60", Outcome.Upheld, Determination.Upheld, "Opioids", Criterion("MTUS.CPMTG.Opioids.Monitoring", CriterionStatus.NotDocumented, screen)),
            Item("MRI of the knee", Outcome.Upheld, Determination.NotCovered),
        ],
            summary);
    }

    [Test]
    public void The_report_says_when_with_what_and_on_what_it_ran_with_the_rule_set_hash()
    {
        var html = Report(Mixed());

        Assert.That(html, Does.Contain("<h2 id=\"section-1\">Run</h2><table id=\"run\">"));
        Assert.That(html, Does.Contain("<tr><th>When</th><td>2026-11-23 15:00:00 UTC</td></tr>").And.Contain("<tr><th>Program version</th><td>1.2.3+abc</td></tr>")
            .And.Contain("<tr><th>Inputs</th><td>seeds/</td></tr>").And.Contain("<tr><th>Mode</th><td>prescreen</td></tr>")
            .And.Contain("<tr><th>Rule set</th><td>1.0.0+d83a0d9, hash 0123456789ab</td></tr>"));
    }

    [Test]
    public void Agreement_and_kappa_are_given_per_topic()
    {
        var html = Report(Mixed());

        Assert.That(html, Does.Contain("id=\"topics\""));
        Assert.That(html, Does.Contain("<tr><td>Opioids</td><td class=\"num\"><span class=\"nw\">2 (50.0 %)</span></td><td class=\"nw\"><span class=\"bar\" aria-hidden=\"true\"><span style=\"width:50.0%\"></span></span>50.0 %</td><td class=\"num\">0.000</td><td class=\"num\">0.0 %</td></tr>"));
    }

    [Test]
    public void Each_rule_that_decided_items_has_a_row_with_decided_and_agreed()
    {
        var html = Report(Mixed());

        Assert.That(html, Does.Contain("<tr><td><code>MTUS.<wbr>CPMTG.<wbr>Opioids.<wbr>Monitoring</code></td><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">50.0 %</td></tr>"));
        Assert.That(html, Does.Contain("<tr><td><code>MTUS.<wbr>CPMTG.<wbr>TopicalLidocaine.<wbr>NeuropathicPain</code></td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0.0 %</td></tr>"));
    }

    [Test]
    public void Discordant_items_carry_their_topic_and_outcomes_for_the_filters()
    {
        var html = Report(Mixed());

        Assert.That(html, Does.Contain("<div class=\"item\" data-topic=\"Opioids\" data-predicted=\"Upheld\" data-recorded=\"Overturned\">"));
        Assert.That(html, Does.Contain("<option value=\"TopicalLidocaine\">TopicalLidocaine (1)</option>"));
        Assert.That(html, Does.Contain("<option value=\"Overturned/Upheld\">predicted Overturned, recorded Upheld (1)</option>"));
        Assert.That(html, Does.Contain("<select id=\"filter-topic\">").And.Contain("<select id=\"filter-outcome\">").And.Contain("addEventListener(\"change\""));
    }

    [Test]
    public void A_highlighted_sentence_in_the_report_is_rendered_by_the_renderer_the_page_uses()
    {
        var letter = Mixed();
        var item = letter.Items[0];

        var html = Report(letter);

        Assert.That(html, Does.Contain(EvidenceHighlights.Html(EvidenceHighlights.Segments(letter.ClinicalSummary!, item.Evaluation.Criteria))));
        Assert.That(html, Does.Contain("<mark>There is no urine drug screen.</mark><span class=\"supports\">evidence for: Monitoring (says no urine drug screen; not documented)</span>"));
    }

    [Test]
    public void Each_topics_figures_show_once_in_one_table_with_agreement_drawn_as_a_bar()
    {
        var html = Report(Mixed());

        Assert.That(html, Does.Not.Contain("topic-chart"), "no chart repeating the table's numbers in another order");
        Assert.That(System.Text.RegularExpressions.Regex.Matches(html, "50.0 % agree|2 \\(50.0 %\\)"), Has.Count.EqualTo(1));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(html, "<span class=\"bar\""), Has.Count.EqualTo(2), "one bar per topic");
    }

    [Test]
    public void The_report_opens_with_a_table_of_contents_linking_every_section()
    {
        var html = Report(Mixed());

        var headings = System.Text.RegularExpressions.Regex.Matches(html, "<h2 id=\"([^\"]+)\">([^<]+)</h2>").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        var links = System.Text.RegularExpressions.Regex.Matches(html, "<li><a href=\"#([^\"]+)\">([^<]+)</a></li>").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.That(headings, Has.Count.GreaterThan(5));
        Assert.That(links, Is.EqualTo(headings));
        Assert.That(html.IndexOf("<nav id=\"contents\"", StringComparison.Ordinal), Is.LessThan(html.IndexOf("<h2", StringComparison.Ordinal)));
    }

    [Test]
    public void A_discordant_item_states_each_criterion_as_the_guideline_words_it_and_folds_the_whole_summary()
    {
        const string summary = "The patient takes Norco. There is no urine drug screen.";
        var evidence = SummaryFact(FactKind.UrineDrugScreen, Polarity.Absent, summary, "urine drug screen");
        var html = Report(new LetterEvaluation("a.txt", "CM1", null,
            [Item("Norco 10/325mg #60", Outcome.Overturned, Determination.Upheld, "Opioids", Criterion("MTUS.CPMTG.Opioids.Monitoring", CriterionStatus.NotDocumented, evidence))],
            summary));

        Assert.That(html, Does.Contain("<b>Monitoring</b>: <span class=\"criterion-text\">criterion</span>"));
        Assert.That(html, Does.Contain("<ul class=\"evidence\"><li><mark>There is no urine drug screen.</mark>"));
        Assert.That(html, Does.Contain("<details><summary>Clinical summary</summary><div class=\"summary\">The patient takes Norco. <mark>"));
    }

    [Test]
    public void A_shoulder_arthroscopy_cites_only_the_shoulder_chapter()
    {
        const string citation = "MTUS ACOEM Practice Guidelines (2004), Surgical Considerations, section Shoulder Complaints ch. 9 pp. 209-211; Knee Complaints ch. 13 pp. 344-345; Low Back Complaints ch. 12 pp. 305-307";
        var shoulder = new GuidelineEngine.Facts.Requests.BodyPart("right shoulder", GuidelineEngine.Facts.Requests.BodyRegion.Shoulder);

        Assert.That(ChapterCitation.For(citation, [shoulder]), Is.EqualTo("MTUS ACOEM Practice Guidelines (2004), Surgical Considerations, section Shoulder Complaints ch. 9 pp. 209-211"));
        Assert.That(ChapterCitation.For(citation, []), Is.EqualTo(citation), "no body part named: every chapter stays");
        Assert.That(ChapterCitation.For("MTUS CPMTG (2016), pp. 78-80", [shoulder]), Is.EqualTo("MTUS CPMTG (2016), pp. 78-80"));
    }

    [Test]
    public void Agreement_below_the_baseline_is_warned_of_and_each_figure_says_what_it_means()
    {
        var html = Report(Mixed());

        Assert.That(html, Does.Contain("<p class=\"warning\" id=\"below-baseline\">Warning: agreement"));
        Assert.That(html, Does.Contain(System.Net.WebUtility.HtmlEncode(FigureNotes.Kappa)).And.Contain(System.Net.WebUtility.HtmlEncode(FigureNotes.OverturnRecall)));
    }

    [Test]
    public void The_report_of_a_fixed_batch_matches_its_checked_in_snapshot()
    {
        var expectedPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "Expected", "mixed-report.html");
        var actual = Report(Mixed());

        var actualPath = Path.Combine(TestContext.CurrentContext.WorkDirectory, "mixed-report.actual.html");
        File.WriteAllText(actualPath, actual);
        Assert.That(File.Exists(expectedPath), Is.True, $"no snapshot: review {actualPath} and copy it to tests/GuidelineEngine.Reporting.Tests/Expected/mixed-report.html");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(expectedPath)), $"the report changed: review {actualPath} and, if it is right, copy it over the snapshot");
    }
}
