using GuidelineEngine.Model;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Reading.Tests;

public class SeedLetterTests
{
    private static readonly string[] ExpectedHeadings =
    [
        "Norco 10/325mg #60: Upheld",
        "Cyclobenzaprine 5mg #60: Upheld",
        "NORCO 10/325 MG, #120: Upheld",
        "MEDREX OINTMENT 120 GM, #1: Upheld",
        "ZANAFLEX 4 MG, #60: Upheld",
        "1 ORTHO CONSULTATION WITH UPPER EXTREMITIES SPECIALIST: Upheld",
        "8 POOL THERAPY SESSIONS: Upheld",
        "ANAPROX 550 MG: Upheld",
        "NORCO QUANTITY 100: Upheld",
        "Norco 5/325mg #90: Upheld",
        "Lidoderm 5% patch #30: Upheld",
        "Skelaxin 800mg #60: Upheld",
        "Baclofen 20mg #90: Upheld",
        "Cyclobenzaprine 7.5mg QTY: 60.00: Upheld",
    ];

    private static List<Letter> ReadSeeds()
    {
        var results = new LetterReader().ReadAll([TestPaths.Seeds]).ToList();
        Assert.That(results.Select(r => r.Error), Is.All.Null);
        return [.. results.Select(r => r.Letter!)];
    }

    [Test]
    public void The_five_seeds_give_fourteen_upheld_items_with_headings_as_written()
    {
        var items = ReadSeeds().SelectMany(l => l.Items).ToList();

        Assert.That(items.Select(i => i.Heading), Is.EqualTo(ExpectedHeadings));
        Assert.That(items.Select(i => i.Outcome), Is.All.EqualTo(Outcome.Upheld));
    }

    [Test]
    public void A_seed_summary_is_kept_line_by_line_from_its_first_sentence_to_the_issues_heading()
    {
        var letter = new LetterReader().Read(TestPaths.Seed("000")).Letter!;

        Assert.That(letter.ClinicalSummary, Does.StartWith("The patient is a 60 year old female with an injury date on 05/10/2009.  Based on the 08/25/2014\n"));
        Assert.That(letter.ClinicalSummary, Does.EndWith("reports from 04/14/2014 to 12/17/2014."));
        Assert.That(letter.ClinicalSummary, Does.Not.Contain("IMR ISSUES"));
    }

    [Test]
    public void A_seed_letter_has_no_header_but_states_patient_and_reviewer()
    {
        var letter = new LetterReader().Read(TestPaths.Seed("000")).Letter!;

        Assert.Multiple(() =>
        {
            Assert.That(letter.Header.CaseNumber, Is.Null);
            Assert.That(letter.Patient, Is.EqualTo(new Patient(60, Sex.Female)));
            Assert.That(letter.Reviewer.Specialty, Is.EqualTo("Physical Medicine Rehab, has a subspecialty in Interventional Spine"));
            Assert.That(letter.Reviewer.Licensure, Is.EqualTo("California"));
        });
    }

    [Test]
    public void A_seed_with_a_credentials_block_reads_specialty_and_licensure_from_it()
    {
        var letter = new LetterReader().Read(TestPaths.Seed("004")).Letter!;

        Assert.That(letter.Reviewer, Is.EqualTo(new Reviewer("Preventive Medicine, Occupational Medicine", "California")));
    }

    [Test]
    public void An_item_keeps_its_rationale_and_both_guideline_paragraphs()
    {
        var norco = new LetterReader().Read(TestPaths.Seed("000")).Letter!.Items[0];

        Assert.Multiple(() =>
        {
            Assert.That(norco.Rationale, Does.StartWith("According to the 08/25/82014 handwritten report"));
            Assert.That(norco.Rationale, Does.EndWith("Therefore, the request is not medically necessary."));
            Assert.That(norco.ClaimsAdministratorGuideline!.Text, Does.EndWith("Page(s): 91."));
            Assert.That(norco.MaximusGuideline!.Citations.Single().Pages, Is.EqualTo(new[] { "60-61", "76-78", "88-89" }));
        });
    }
}
