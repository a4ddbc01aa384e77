using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Extraction.Tests;

/// <summary>Whether a requested drug is new, continued or not said, and whether the patient returned to work, as the summary states them.</summary>
public class RequestUseTests
{
    private static readonly FactExtractor Extractor = new();

    private static ItemFacts Read(string summary, string request = "Cyclobenzaprine 7.5mg #60")
    {
        var seed = Letters.Seed("003");
        var item = seed.Items[0] with { Heading = request + ": Upheld", Request = request };
        return Extractor.Extract(seed with { ClinicalSummary = summary, Items = [item] }, item, EvaluationMode.Prescreen);
    }

    [Test]
    public void Seed_000_renews_its_medications_so_the_requested_drugs_are_continued()
    {
        var seed = Letters.Seed("000");

        Assert.That(seed.Items.Select(i => Extractor.Extract(seed, i, EvaluationMode.Prescreen).Request.Use), Is.All.EqualTo(RequestUse.Continued));
    }

    [Test]
    public void Seed_000_remain_off_work_is_not_a_return_to_work()
    {
        var seed = Letters.Seed("000");

        Assert.That(Extractor.Extract(seed, seed.Items[0], EvaluationMode.Prescreen).ReturnedToWork, Is.Empty);
    }

    [TestCase("The patient was advised to remain off work until the next visit and may return to work in 6 weeks.")]
    [TestCase("She is not working and is temporarily totally disabled; a return to modified duty is planned.")]
    public void Being_kept_off_work_or_a_return_yet_to_come_is_not_a_return_to_work(string summary) =>
        Assert.That(Read(summary).ReturnedToWork, Is.Empty);

    [TestCase("He has returned to full duty work.")]
    [TestCase("She is currently working modified duty.")]
    public void A_return_that_has_happened_is_a_return_to_work(string summary) =>
        Assert.That(Read(summary).ReturnedToWork, Is.Not.Empty);

    [TestCase("The plan is to refill her medications.")]
    [TestCase("Continue current medications.")]
    [TestCase("She has been taking cyclobenzaprine at night.")]
    public void A_refill_renewal_or_a_drug_already_taken_is_continued_use(string summary) =>
        Assert.That(Read(summary).Request.Use, Is.EqualTo(RequestUse.Continued));

    [TestCase("A trial of cyclobenzaprine was started for the new spasm.")]
    [TestCase("The physician prescribed cyclobenzaprine as a new prescription.")]
    public void A_drug_said_to_be_started_is_new(string summary) =>
        Assert.That(Read(summary).Request.Use, Is.EqualTo(RequestUse.New));

    [TestCase("She has low back pain with spasm. The request for cyclobenzaprine was denied by utilization review.")]
    [TestCase("She has low back pain with spasm.")]
    public void A_drug_only_requested_is_not_stated_as_new_or_continued(string summary) =>
        Assert.That(Read(summary).Request.Use, Is.EqualTo(RequestUse.NotStated));

    [Test]
    public void Continuing_the_listed_medications_does_not_continue_a_requested_drug_the_list_leaves_out() =>
        Assert.That(
            Read("Her medications were noted to include omeprazole and ibuprofen. The plan was to continue the current medication regimen. The prior determination denied the requested cyclobenzaprine.").Request.Use,
            Is.EqualTo(RequestUse.NotStated));

    [Test]
    public void Continuing_the_listed_medications_continues_a_requested_drug_on_the_list() =>
        Assert.That(
            Read("Her medications were noted to include omeprazole and cyclobenzaprine. The plan was to continue the current medication regimen.").Request.Use,
            Is.EqualTo(RequestUse.Continued));
}
