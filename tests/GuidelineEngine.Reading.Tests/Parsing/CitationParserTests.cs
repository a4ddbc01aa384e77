using GuidelineEngine.Reading.Parsing;

namespace GuidelineEngine.Reading.Tests.Parsing;

public class CitationParserTests
{
    [Test]
    public void A_2016_mtus_citation_gives_guideline_edition_and_section()
    {
        var citation = CitationParser.Parse("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics.").Single();

        Assert.That(citation.Guideline, Is.EqualTo("Chronic Pain Medical Treatment"));
        Assert.That(citation.Edition, Is.EqualTo(2016));
        Assert.That(citation.Sections, Is.EqualTo("Topical analgesics"));
        Assert.That(citation.IsMtus, Is.True);
    }

    [Test]
    public void A_2009_citation_splits_the_title_from_its_section_and_lists_every_page_range()
    {
        var citation = CitationParser.Parse(
            "Decision based on MTUS Chronic Pain Treatment Guidelines Medications for chronic pain, CRITERIA FOR USE OF OPIOIDS Page(s): 60-61, 76-78, 88-89.").Single();

        Assert.That(citation.Guideline, Is.EqualTo("Chronic Pain Treatment Guidelines"));
        Assert.That(citation.Sections, Is.EqualTo("Medications for chronic pain, CRITERIA FOR USE OF OPIOIDS"));
        Assert.That(citation.Pages, Is.EqualTo(new[] { "60-61", "76-78", "88-89" }));
        Assert.That(citation.Edition, Is.Null);
    }

    [Test]
    public void A_non_mtus_citation_is_marked_as_such()
    {
        var citations = CitationParser.Parse(
            "Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back Chapter.");

        Assert.That(citations.Select(c => (c.Guideline, c.IsMtus)), Is.EqualTo(new[]
        {
            ("Low Back Complaints", true),
            ("Official Disability Guidelines (ODG), Low Back Chapter", false),
        }));
    }

    [Test]
    public void A_citation_of_two_mtus_guidelines_gives_two_citations()
    {
        var citations = CitationParser.Parse(
            "Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods, and Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.");

        Assert.That(citations.Select(c => (c.Guideline, c.Edition, c.Sections)), Is.EqualTo(new (string, int?, string?)[]
        {
            ("Low Back Complaints", 2004, "Physical Methods"),
            ("Chronic Pain Medical Treatment", 2016, "Physical medicine treatment"),
        }));
    }

    [Test]
    public void A_dated_non_mtus_label_reads_the_edition_year_from_the_month_and_year()
    {
        var citation = CitationParser.Parse(
            "The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS Citation MTUS: CALIFORNIA CHRONIC PAIN MEDICAL TREATMENT GUIDELINES (MAY 2009), TOPICAL ANALGESICS,").Single();

        Assert.That(citation.Edition, Is.EqualTo(2009));
        Assert.That(citation.Guideline, Is.EqualTo("MTUS: CALIFORNIA CHRONIC PAIN MEDICAL TREATMENT GUIDELINES , TOPICAL ANALGESICS"));
    }

    [TestCase("The Expert Reviewer did not cite any medical evidence for its decision.")]
    [TestCase("The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines.")]
    public void A_paragraph_that_cites_nothing_gives_no_citation(string text) =>
        Assert.That(CitationParser.Parse(text), Is.Empty);
}
