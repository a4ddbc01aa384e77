using GuidelineEngine.Model;
using GuidelineEngine.Reading.Parsing;

namespace GuidelineEngine.Reading.Tests.Parsing;

/// <summary>
/// Item headings of the development corpus (imr-dwc-2016, outcomes.tsv and the letters' headings)
/// that the request parser used to misread: body parts, sides, counts and what UR authorized.
/// </summary>
public class RequestHeadingTests
{
    [TestCase("MRI of the bilateral brain/brainstem without contrast", new[] { "bilateral brain", "bilateral brainstem" })]
    [TestCase("MRI of the lumbosacral spine without contrast, 1.5 Tesla or higher only", new[] { "lumbosacral spine" })]
    [TestCase("Open MRI of the lumbosacral spine", new[] { "lumbosacral spine" })]
    [TestCase("CT scan of abdomen and pelvis with contrast", new[] { "abdomen", "pelvis" })]
    [TestCase("MRI of the fingers of the right hand without contrast", new[] { "fingers", "right hand" })]
    [TestCase("NCS/EMG RUE", new[] { "RUE" })]
    [TestCase("Additional physical therapy two times four visits (8) for the lumbar and bilateral knees", new[] { "lumbar", "bilateral knees" })]
    [TestCase("Chiropractic treatment for cervical and lumbar spine, left wrist/hand, 3 times a week for 4 weeks", new[] { "cervical", "lumbar spine", "left wrist", "left hand" })]
    [TestCase("PT/OT 18 sessions left hand, right lower leg", new[] { "left hand", "right lower leg" })]
    [TestCase("CT scan of the thoracic spine", new[] { "thoracic spine" })]
    [TestCase("Cervical CT scan", new[] { "Cervical" })]
    [TestCase("Chirophysio therapy for the cervical spine, thoracic spine, and lumbar spine, 2 sessions", new[] { "cervical spine", "thoracic spine", "lumbar spine" })]
    public void A_heading_names_its_body_parts_with_their_sides(string heading, string[] parts) =>
        Assert.That(RequestDetailsParser.Parse(heading).BodyParts, Is.EqualTo(parts));

    [Test]
    public void A_side_abbreviation_is_read_only_in_capitals() =>
        Assert.That(RequestDetailsParser.Parse("Lue and rue sessions").BodyParts, Is.Empty);

    [TestCase("Associated surgical service: Physical therapy, times 12", 12)]
    [TestCase("Follow up office visit times 2", 2)]
    [TestCase("Electrocardiogram times 3", 3)]
    [TestCase("Electrocardiogram x3", 3)]
    [TestCase("Electrocardiogram x 3", 3)]
    [TestCase("Associated surgical service: Physical Therapy sessions, 12", 12)]
    [TestCase("Eight (8) physical therapy sessions", 8)]
    [TestCase("Physical therapy (12) sessions", 12)]
    [TestCase("Twelve physical therapy visits for the Cervical Spine", 12)]
    [TestCase("Additional physical therapy two times four visits (8) for the lumbar and bilateral knees", 8)]
    [TestCase("Physical therapy to the lumbar spine 2 times a week for 2 weeks (4)", 4)]
    [TestCase("physical therapy 2 times a week for 6 weeks (12 sessions) to the right elbow", 12)]
    [TestCase("Chiropractic physiotherapy treatment 6 visits", 6)]
    [TestCase("three physical therapy visits for the right shoulder", 3)]
    [TestCase("Acupuncture therapy sessions lumbar spine #6", 6)]
    public void A_heading_states_its_sessions(string heading, int sessions) =>
        Assert.That(RequestDetailsParser.Parse(heading).Sessions, Is.EqualTo(sessions));

    [TestCase("Electro acupuncture to the low back two times a week times six weeks")]
    [TestCase("Physical therapy additional 3 visits per week for 2 weeks")]
    [TestCase("Physical therapy 2x6")]
    [TestCase("Norco 10/325mg x3")]
    public void A_frequency_duration_or_dose_is_not_a_session_count(string heading) =>
        Assert.That(RequestDetailsParser.Parse(heading).Sessions, Is.Null);

    [TestCase("Physical therapy additional 3 visits per week for 2 weeks", 3, 2)]
    [TestCase("Physical therapy 2x6", 2, 6)]
    [TestCase("Physical therapy 2 x 4 weeks", 2, 4)]
    [TestCase("Electro acupuncture to the low back two times a week times six weeks", 2, 6)]
    public void A_heading_states_its_frequency_and_weeks(string heading, int perWeek, int weeks)
    {
        var details = RequestDetailsParser.Parse(heading);

        Assert.That((details.TimesPerWeek, details.DurationWeeks), Is.EqualTo(((int?)perWeek, (int?)weeks)));
    }

    [TestCase("Physical therapy 1 to 2 times per week for 4 weeks", null, 2, 4, "1 to 2 times")]
    [TestCase("PT/OT two to three times a week for six to eight weeks", null, 3, 8, "two to three times|six to eight weeks")]
    [TestCase("Wound care nurse, 1-2 visits to evaluate right hip incision, treat, and demonstrate treatment", 2, null, null, "1-2 visits")]
    public void A_range_is_read_at_its_upper_bound_and_said_so(string heading, int? sessions, int? perWeek, int? weeks, string ranges)
    {
        var details = RequestDetailsParser.Parse(heading);

        Assert.That((details.Sessions, details.TimesPerWeek, details.DurationWeeks), Is.EqualTo((sessions, perWeek, weeks)));
        Assert.That(details.RangesReadAtUpperBound, Is.EqualTo(ranges.Split('|')));
    }

    [Test]
    public void A_spinal_level_range_is_not_a_count_range() =>
        Assert.That(RequestDetailsParser.Parse("Facet joint injections L4-5, L5-S1").RangesReadAtUpperBound, Is.Empty);

    [Test]
    public void A_modification_clause_is_what_UR_authorized_not_what_was_requested()
    {
        var details = RequestDetailsParser.Parse("12 sessions of acupuncture, modified to 6");

        Assert.That(details.Sessions, Is.EqualTo(12));
        Assert.That(details.Authorized, Is.EqualTo(new AuthorizedPortion { Text = "modified to 6", Sessions = 6 }));
    }

    [Test]
    public void A_modification_to_fewer_sessions_leaves_the_request_without_a_count_it_did_not_state()
    {
        var details = RequestDetailsParser.Parse("Acupuncture for the lumbar spine, modified to 6 sessions");

        Assert.That((details.Sessions, details.Authorized?.Sessions), Is.EqualTo(((int?)null, (int?)6)));
    }

    [Test]
    public void A_certified_part_of_a_count_keeps_both_counts()
    {
        var details = RequestDetailsParser.Parse("Follow up office visit times 2, certified 1 of 2");

        Assert.That((details.Sessions, details.Authorized?.Sessions, details.Authorized?.OutOf), Is.EqualTo(((int?)2, (int?)1, (int?)2)));
    }

    [Test]
    public void A_partial_certification_is_read_without_a_count() =>
        Assert.That(RequestDetailsParser.Parse("Norco 10/325mg #90 (partially certified)").Authorized,
            Is.EqualTo(new AuthorizedPortion { Text = "partially certified" }));

    [Test]
    public void A_modified_medication_count_is_an_authorized_quantity()
    {
        var details = RequestDetailsParser.Parse("Norco 10/325mg #90, modified to #60");

        Assert.That((details.Quantity, details.Authorized?.Quantity, details.Authorized?.Sessions), Is.EqualTo(((decimal?)90, (decimal?)60, (int?)null)));
    }

    // CM16-0230651 item 10: "Physical therapy to the low back eight sessions was the original request.
    // Physical therapy to the low back six sessions was authorized by the Claims Administrator. ..."
    [Test]
    public void A_letters_modified_request_keeps_the_decided_authorized_and_original_counts_apart()
    {
        var details = RequestDetailsParser.Parse(
            "Physical therapy to the low back two sessions",
            new ModifiedRequest("Physical therapy to the low back eight sessions", "Physical therapy to the low back six sessions"));

        Assert.That((details.Sessions, details.Authorized?.Sessions, details.Authorized?.OutOf), Is.EqualTo(((int?)2, (int?)6, (int?)8)));
    }

    // CM16-0244464 item 5: Cyclobenzaprine 7.5mg #90 original, #63 authorized, #27 decided.
    [Test]
    public void A_letters_modified_medication_keeps_its_authorized_quantity_apart()
    {
        var details = RequestDetailsParser.Parse(
            "Cyclobenzaprine 7.5mg #27", new ModifiedRequest("Cyclobenzaprine 7.5mg #90", "Cyclobenzaprine 7.5mg #63"));

        Assert.That((details.Quantity, details.Authorized?.Quantity, details.Authorized?.OutOf), Is.EqualTo(((decimal?)27, (decimal?)63, (int?)90)));
    }

    [Test]
    public void A_request_no_one_modified_has_no_authorized_part() =>
        Assert.That(RequestDetailsParser.Parse("Norco 10/325mg #60", null).Authorized, Is.Null);
}
