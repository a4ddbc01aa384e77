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
            ("There is no urine drug screen.", "Monitoring (says no urine drug screen; not documented)"),
        }));
    }

    [Test]
    public void A_sentence_marked_for_a_criterion_not_documented_names_the_part_it_documents_and_the_parts_still_missing()
    {
        var pain = SummaryFact(FactKind.PainScore, Polarity.Present, Summary, "7/10");
        var fourAs = new GuidelineEngine.Evaluation.CriterionEvaluation(
            Criterion("MTUS.CPMTG.Opioids.FourAs", GuidelineEngine.RuleModel.CriterionStatus.NotDocumented).Rule,
            new GuidelineEngine.RuleModel.CriterionResult(GuidelineEngine.RuleModel.CriterionStatus.NotDocumented, "Not documented: adverse side effects; aberrant drug-taking behaviour.", [pain], "adverse side effects; aberrant drug-taking behaviour"),
            "MTUS CPMTG (2016), p. 78");

        var segment = EvidenceHighlights.Segments(Summary, [fourAs]).Single(s => s.IsHighlight);

        Assert.That(segment.Supports, Is.EqualTo(new[] { "Four As (documents pain score; still missing: adverse side effects, aberrant drug-taking behaviour)" }));
    }

    [TestCase("He said \"the pain is 8/10.\" He walks daily.", "He said \"the pain is 8/10.\"")]
    [TestCase("She was seen (pain 8/10.) He walks daily.", "She was seen (pain 8/10.)")]
    [TestCase("Seen today. He said \u201Cthe pain is 8/10.\u201D He walks daily.", "He said \u201Cthe pain is 8/10.\u201D")]
    public void A_highlight_that_ends_inside_a_quotation_takes_the_closing_quote_with_it(string text, string sentence)
    {
        var pain = SummaryFact(FactKind.PainScore, Polarity.Present, text, "8/10");

        var segments = EvidenceHighlights.Segments(text, [Criterion("MTUS.CPMTG.Opioids.FourAs", GuidelineEngine.RuleModel.CriterionStatus.Met, pain)]);

        Assert.That(segments.Single(s => s.IsHighlight).Text, Is.EqualTo(sentence));
    }

    [Test]
    public void The_letters_hard_line_breaks_are_joined_and_a_blank_line_stays_a_paragraph_break()
    {
        const string text = "The patient continued to \nexperience low back pain.\n \nPain is 7/10\nwith medication.";
        var pain = SummaryFact(FactKind.PainScore, Polarity.Present, text, "7/10");

        var segments = EvidenceHighlights.Segments(text, [Criterion("MTUS.CPMTG.Opioids.FourAs", GuidelineEngine.RuleModel.CriterionStatus.Met, pain)]);

        Assert.That(segments.Select(s => s.Text), Is.EqualTo(new[] { "The patient continued to experience low back pain.\n\n", "Pain is 7/10 with medication." }));
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
