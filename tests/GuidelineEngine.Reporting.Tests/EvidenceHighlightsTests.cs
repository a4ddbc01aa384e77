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
