using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.Model;
using GuidelineEngine.Reading.Parsing;

namespace GuidelineEngine.Extraction.Tests.Requests;

/// <summary>What the request reader makes of real item headings of the development corpus.</summary>
public class RequestReaderTests
{
    [TestCase("Post operative physical therapy for the right knee 2 times a week for 6 weeks")]
    [TestCase("Associated surgical service: Physical therapy, times 12")]
    [TestCase("Post-op Percocet 5/325mg")]
    [TestCase("Postoperative physical therapy 12 sessions")]
    [TestCase("Post-surgical physical therapy 12 sessions")]
    [TestCase("Physical therapy after surgery, 12 sessions")]
    [TestCase("Physical therapy status post carpal tunnel release")]
    public void A_request_said_to_follow_surgery_is_post_operative(string heading) =>
        Assert.That(Read(heading).IsPostOperative, Is.True);

    [TestCase("Surgical consultation")]
    [TestCase("Referral for a surgical evaluation of the lumbar spine")]
    [TestCase("Pre-operative medical clearance")]
    [TestCase("Associated surgical service: Pre-operative clearance")]
    [TestCase("TOC to ortho spine surgeon eval and treatment")]
    public void The_bare_word_surgical_or_a_pre_operative_service_is_not_post_operative(string heading) =>
        Assert.That(Read(heading).IsPostOperative, Is.False);

    [Test]
    public void Body_parts_carry_their_regions_and_sides()
    {
        var parts = Read("Chiropractic treatment for cervical and lumbar spine, left wrist/hand, 3 times a week for 4 weeks").BodyParts;

        Assert.That(parts.Select(p => (p.Region, p.Side)), Is.EqualTo(new[]
        {
            (BodyRegion.CervicalSpine, BodySide.NotStated), (BodyRegion.LumbarSpine, BodySide.NotStated),
            (BodyRegion.WristHand, BodySide.Left), (BodyRegion.WristHand, BodySide.Left),
        }));
    }

    [Test]
    public void The_brain_is_imaged_as_the_head() =>
        Assert.That(Read("MRI of the bilateral brain/brainstem without contrast").BodyParts.Select(p => p.Region).Distinct(), Is.EqualTo(new[] { BodyRegion.Head }));

    [Test]
    public void A_range_read_at_its_upper_bound_is_said_in_the_visit_count()
    {
        var request = Read("Physical therapy 1 to 2 times per week for 4 weeks");

        Assert.That((request.Visits, request.VisitsReading), Is.EqualTo(((int?)8, " (\"1 to 2 times\" read at its upper bound)")));
    }

    [Test]
    public void A_count_stated_without_a_range_reads_without_a_note() =>
        Assert.That(Read("Physical therapy 2 times a week for 4 weeks").VisitsReading, Is.Empty);

    // CM16-0230651 item 10: eight sessions requested, six authorized, two left for IMR.
    [Test]
    public void What_UR_authorized_is_its_own_value_beside_the_decided_count()
    {
        const string decided = "Physical therapy to the low back two sessions";
        var details = RequestDetailsParser.Parse(decided, new ModifiedRequest("Physical therapy to the low back eight sessions", "Physical therapy to the low back six sessions"));

        var request = RequestReader.Read(new ItemRequest { Number = 1, Heading = decided, Request = decided, Details = details }, ClinicalVocabulary.Default);

        Assert.That((request.Visits, request.Authorized), Is.EqualTo(((int?)2, new AuthorizedPart("Physical therapy to the low back six sessions", 6, null, null, 8))));
    }

    private static RequestFacts Read(string heading) =>
        RequestReader.Read(new ItemRequest { Number = 1, Heading = heading, Request = heading, Details = RequestDetailsParser.Parse(heading) }, ClinicalVocabulary.Default);
}
