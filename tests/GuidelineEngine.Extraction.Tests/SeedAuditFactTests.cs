using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Extraction.Tests;

/// <summary>In audit mode, the facts each seed rationale relies on are found with the right polarity.</summary>
public class SeedAuditFactTests
{
    private static readonly FactExtractor Extractor = new();

    private static ItemFacts Audit(string seed, int item)
    {
        var letter = Letters.Seed(seed);
        return Extractor.Extract(letter, letter.Items[item - 1], EvaluationMode.Audit);
    }

    [TestCase("000", 1, FactKind.PainScore, Polarity.Absent, TestName = "Seed 000 Norco: no pain scale")]
    [TestCase("000", 1, FactKind.ActivitiesOfDailyLiving, Polarity.Absent, TestName = "Seed 000 Norco: no ADLs")]
    [TestCase("000", 1, FactKind.AdverseEffects, Polarity.Absent, TestName = "Seed 000 Norco: no side effects discussed")]
    [TestCase("000", 1, FactKind.AberrantBehavior, Polarity.Absent, TestName = "Seed 000 Norco: no aberrant behaviour discussed")]
    [TestCase("000", 2, FactKind.AcuteExacerbation, Polarity.Absent, TestName = "Seed 000 cyclobenzaprine: no flare-up or exacerbation")]
    [TestCase("001", 1, FactKind.FunctionalImprovement, Polarity.Absent, TestName = "Seed 001 Norco: no functional benefit documented")]
    [TestCase("001", 2, FactKind.FirstLineTrial, Polarity.Present, TestName = "Seed 001 Medrex: Neurontin and Effexor named in the summary")]
    [TestCase("001", 2, FactKind.FirstLineFailure, Polarity.NotMentioned, TestName = "Seed 001 Medrex: no failed antidepressant or anticonvulsant trial")]
    [TestCase("001", 3, FactKind.AcuteExacerbation, Polarity.Absent, TestName = "Seed 001 Zanaflex: not for a flare-up")]
    [TestCase("001", 4, FactKind.AcuteExacerbation, Polarity.Absent, TestName = "Seed 001 ortho consultation: no acute injury or exacerbation")]
    [TestCase("001", 5, FactKind.Obesity, Polarity.Absent, TestName = "Seed 001 pool therapy: the rationale finds no obesity, and audit checks the rationale's findings")]
    [TestCase("001", 6, FactKind.LabMonitoring, Polarity.Absent, TestName = "Seed 001 Anaprox: no laboratory monitoring documented")]
    [TestCase("002", 1, FactKind.PainScore, Polarity.Absent, TestName = "Seed 002 Norco: no VAS with and without medication")]
    [TestCase("002", 1, FactKind.FunctionalImprovement, Polarity.Absent, TestName = "Seed 002 Norco: no functional gains")]
    [TestCase("002", 1, FactKind.OpioidAgreement, Polarity.Absent, TestName = "Seed 002 Norco: no pain contract")]
    [TestCase("002", 1, FactKind.TaperAdvised, Polarity.Present, TestName = "Seed 002 Norco: prior UR advised a taper")]
    [TestCase("003", 1, FactKind.UrineDrugScreen, Polarity.Absent, TestName = "Seed 003 Norco: no urine drug screening")]
    [TestCase("003", 1, FactKind.OpioidAgreement, Polarity.Absent, TestName = "Seed 003 Norco: no opioid contract")]
    [TestCase("003", 2, FactKind.NeuropathicPain, Polarity.Absent, TestName = "Seed 003 Lidoderm: no neuropathic pain")]
    [TestCase("003", 2, FactKind.FirstLineTrial, Polarity.NotMentioned, TestName = "Seed 003 Lidoderm: no first-line trial")]
    [TestCase("003", 4, FactKind.MultipleSclerosis, Polarity.Absent, TestName = "Seed 003 baclofen: no multiple sclerosis")]
    [TestCase("003", 4, FactKind.SpinalCordInjury, Polarity.Absent, TestName = "Seed 003 baclofen: no spinal cord injury")]
    [TestCase("003", 4, FactKind.MuscleSpasm, Polarity.Absent, TestName = "Seed 003 baclofen: no muscle spasm documented")]
    [TestCase("004", 1, FactKind.AcuteExacerbation, Polarity.Absent, TestName = "Seed 004 cyclobenzaprine: no short-term use for a flare-up")]
    public void A_seed_rationale_finding_is_extracted_with_its_polarity(string seed, int item, FactKind kind, Polarity expected) =>
        Assert.That(Audit(seed, item).Status(kind), Is.EqualTo(expected));

    [Test]
    public void Seed_000_cyclobenzaprine_was_first_noted_on_07_21_2014_seven_weeks_before_the_request()
    {
        var facts = Audit("000", 2);

        Assert.That(facts.RequestDate, Is.EqualTo(new DateOnly(2014, 9, 10)));
        Assert.That(facts.RequestedDrugWeeks, Is.EqualTo(7));
        Assert.That(facts.Evidence(FactKind.RequestedDrugDuration).Select(f => f.Value), Does.Contain("since 2014-07-21 (7 weeks before the request)"));
    }

    [Test]
    public void Seed_003_metaxalone_has_been_taken_since_at_least_January_2014() =>
        Assert.That(Audit("003", 3).Evidence(FactKind.RequestedDrugDuration).Select(f => f.Value), Does.Contain("since 2014-01-01"));

    [Test]
    public void Seed_004_cyclobenzaprine_has_been_taken_since_06_02_2014_27_weeks_before_the_ur_decision()
    {
        var letter = Letters.Seed("004");
        var facts = Extractor.Extract(letter, letter.Items[0], EvaluationMode.Prescreen);

        Assert.That(facts.RequestedDrugWeeks, Is.EqualTo(27));
    }

    [Test]
    public void In_prescreen_the_summary_that_lists_obesity_documents_it_for_pool_therapy()
    {
        var letter = Letters.Seed("001");

        Assert.That(Extractor.Extract(letter, letter.Items[4], EvaluationMode.Prescreen).Status(FactKind.Obesity), Is.EqualTo(Polarity.Present));
    }

    [Test]
    public void Every_fact_with_a_span_points_at_its_text_in_its_section()
    {
        var letter = Letters.Seed("001");
        foreach (var item in letter.Items)
        {
            foreach (var fact in Extractor.Extract(letter, item, EvaluationMode.Audit).Facts.Where(f => f.Start >= 0))
            {
                var section = fact.Section switch
                {
                    SourceSection.Summary => letter.ClinicalSummary,
                    SourceSection.ItemHeading => item.Heading,
                    SourceSection.Rationale => item.Rationale,
                    _ => throw new AssertionException($"{fact.Kind} has a span but no section text"),
                };
                Assert.That(section.Substring(fact.Start, fact.Length), Is.EqualTo(fact.Text), $"{fact.Kind} in {fact.Section}");
                Assert.That(fact.Sentence, Does.Contain(fact.Text));
            }
        }
    }
}
