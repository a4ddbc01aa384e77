using GuidelineEngine.Facts;
using static GuidelineEngine.Reporting.Tests.Rows;

namespace GuidelineEngine.Reporting.Tests;

public class EvidenceHighlightsTests
{
    private const string Summary = "She takes Norco. Pain is 7/10 without medication and 3/10 with it. There is no urine drug screen.";

    [Test]
    public void A_fact_highlights_its_whole_sentence()
    {
        var spans = EvidenceHighlights.Spans(Summary, [SummaryFact(FactKind.UrineDrugScreen, Polarity.Absent, Summary, "urine drug screen")]);

        Assert.That(spans.Select(s => Summary.Substring(s.Start, s.Length)), Is.EqualTo(new[] { "There is no urine drug screen." }));
    }

    [Test]
    public void Two_facts_in_one_sentence_give_one_span_and_spans_come_in_text_order()
    {
        var spans = EvidenceHighlights.Spans(Summary,
        [
            SummaryFact(FactKind.UrineDrugScreen, Polarity.Absent, Summary, "urine drug screen"),
            SummaryFact(FactKind.PainScore, Polarity.Present, Summary, "7/10"),
            SummaryFact(FactKind.Analgesia, Polarity.Present, Summary, "3/10 with it"),
        ]);

        Assert.That(spans.Select(s => Summary.Substring(s.Start, s.Length)), Is.EqualTo(new[] { "Pain is 7/10 without medication and 3/10 with it.", "There is no urine drug screen." }));
    }

    [Test]
    public void Facts_from_other_sections_or_outside_the_text_are_not_highlighted()
    {
        var rationale = new Fact(FactKind.PainScore, null, Polarity.Present, SourceSection.Rationale, 0, 4, "Pain", "Pain");
        var outside = new Fact(FactKind.PainScore, null, Polarity.Present, SourceSection.Summary, Summary.Length, 5, "x", "x");

        Assert.That(EvidenceHighlights.Spans(Summary, [rationale, outside]), Is.Empty);
    }
}

public class EvidenceHighlightSegmentsTests
{
    private const string Summary = "She takes Norco. Pain is 7/10 without medication and 3/10 with it. There is no urine drug screen.";

    [Test]
    public void The_segments_put_together_give_back_the_text_and_each_highlight_names_the_criteria_it_is_evidence_for()
    {
        var pain = SummaryFact(FactKind.PainScore, Polarity.Present, Summary, "7/10");
        var screen = SummaryFact(FactKind.UrineDrugScreen, Polarity.Absent, Summary, "urine drug screen");

        var segments = EvidenceHighlights.Segments(Summary,
        [
            Criterion("MTUS.CPMTG.Opioids.FourAs", GuidelineEngine.RuleModel.CriterionStatus.Met, pain),
            Criterion("MTUS.CPMTG.Opioids.Monitoring", GuidelineEngine.RuleModel.CriterionStatus.NotDocumented, screen),
        ]);

        Assert.That(string.Concat(segments.Select(s => s.Text)), Is.EqualTo(Summary));
        Assert.That(segments.Where(s => s.IsHighlight).Select(s => (s.Text, string.Join("|", s.Supports))), Is.EqualTo(new[]
        {
            ("Pain is 7/10 without medication and 3/10 with it.", "Four As"),
            ("There is no urine drug screen.", "Monitoring"),
        }));
    }

    [Test]
    public void As_html_the_text_is_encoded_and_each_mark_is_followed_by_what_it_supports()
    {
        var html = EvidenceHighlights.Html([new HighlightSegment("<b>x</b> ", []), new HighlightSegment("Pain 7/10 & worse.", ["Four As", "Monitoring"])]);

        Assert.That(html, Is.EqualTo("&lt;b&gt;x&lt;/b&gt; <mark>Pain 7/10 &amp; worse.</mark><span class=\"supports\">evidence for: Four As, Monitoring</span>"));
    }
}

public class CriterionNameTests
{
    [TestCase("MTUS.CPMTG.Opioids.FourAs", ExpectedResult = "Four As")]
    [TestCase("MTUS.CPMTG.TopicalLidocaine.FirstLineTrial", ExpectedResult = "First Line Trial")]
    [TestCase("NonMTUS.ODG.Imaging.MRIFindings", ExpectedResult = "MRI Findings")]
    [TestCase("Monitoring", ExpectedResult = "Monitoring")]
    public string A_rule_ids_last_part_is_split_into_words(string id) => CriterionName.Of(id);
}
