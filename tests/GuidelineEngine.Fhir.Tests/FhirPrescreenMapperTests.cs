using System.Text;
using GuidelineEngine.Model;
using GuidelineEngine.Testing;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Fhir.Tests;

public class FhirPrescreenMapperTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static FhirPrescreenInput Map(params JObject[] resources) =>
        FhirPrescreenMapper.Map(FhirJson.Read(FhirCases.Bundle("collection", resources).ToString(), "test"), Today);

    [Test]
    public void A_seed_letters_note_items_and_date_are_read_as_the_page_would_be_given_them()
    {
        var (note, items, date) = FhirCases.Seed("003");

        var input = Map([FhirCases.Note(note), .. FhirCases.Orders(items, date)]);

        Assert.That(input.ClinicalText, Is.EqualTo(note.Trim()));
        Assert.That(input.Items.Select(i => i.Text), Is.EqualTo(items));
        Assert.That(input.RequestDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(date));
        Assert.That(input.Missing, Is.Empty);
    }

    [Test]
    public void A_medication_requests_dispensed_quantity_is_a_structured_field_and_reads_in_the_item_as_a_letter_writes_it()
    {
        var input = Map(FhirCases.Note("Low back pain."), FhirCases.Medication("Norco 10/325mg", "m1", quantity: 60));

        var item = input.Items.Single();
        Assert.That((item.Text, item.Structured.Quantity, item.Structured.IsMedication, item.Source), Is.EqualTo(("Norco 10/325mg #60", 60m, true, "MedicationRequest/m1")));
    }

    [Test]
    public void A_medication_requests_supply_duration_and_refills_are_structured_fields()
    {
        var order = FhirCases.Medication("Gabapentin 600mg", "m1", quantity: 90);
        order["dispenseRequest"]!["numberOfRepeatsAllowed"] = 2;
        order["dispenseRequest"]!["expectedSupplyDuration"] = new JObject { ["value"] = 30, ["unit"] = "days", ["system"] = "http://unitsofmeasure.org", ["code"] = "d" };

        var details = Map(FhirCases.Note("Neuropathic pain."), order).Items.Single().Structured;

        Assert.That((details.Refills, details.Duration, details.DurationWeeks), Is.EqualTo(((int?)2, "30 days", (int?)5)));
    }

    [Test]
    public void A_service_requests_body_site_and_timing_are_structured_fields()
    {
        var order = FhirCases.Service("Physical therapy", "s1", "2015-03-02", "Lumbar spine", "Right knee");
        order["occurrenceTiming"] = new JObject
        {
            ["repeat"] = new JObject
            {
                ["frequency"] = 2, ["period"] = 1, ["periodUnit"] = "wk",
                ["boundsDuration"] = new JObject { ["value"] = 3, ["unit"] = "weeks", ["code"] = "wk" },
            },
        };

        var details = Map(FhirCases.Note("Low back pain."), order).Items.Single().Structured;

        Assert.That(details.BodyParts, Is.EqualTo(new[] { "lumbar spine", "right knee" }));
        Assert.That((details.TimesPerWeek, details.DurationWeeks, details.Sessions), Is.EqualTo(((int?)2, (int?)3, (int?)6)));
    }

    [Test]
    public void A_service_requests_quantity_is_its_number_of_sessions()
    {
        var order = FhirCases.Service("Acupuncture", "s1");
        order["quantityQuantity"] = new JObject { ["value"] = 6 };

        Assert.That(Map(FhirCases.Note("Neck pain."), order).Items.Single().Structured.Sessions, Is.EqualTo(6));
    }

    [Test]
    public void A_note_sent_as_base64_html_is_read_as_its_text_with_paragraphs_kept()
    {
        var html = "<html><head><style>p { color: red }</style></head><body><p>Patient reports <b>low back pain</b> &amp; spasm.</p><p>Tried NSAIDs&nbsp;without relief.<br/>VAS 8/10.</p></body></html>";

        var input = Map(FhirCases.Note(html, "text/html"), FhirCases.Medication("Norco 10/325mg #60", "m1"));

        Assert.That(input.ClinicalText, Is.EqualTo("Patient reports low back pain & spasm.\n\nTried NSAIDs\u00a0without relief.\nVAS 8/10."));
    }

    [Test]
    public void A_diagnostic_reports_text_form_and_conclusion_are_read_as_note()
    {
        var report = new JObject
        {
            ["resourceType"] = "DiagnosticReport", ["id"] = "r1", ["status"] = "final", ["code"] = new JObject { ["text"] = "MRI lumbar" },
            ["conclusion"] = "Disc protrusion at L4-5.",
            ["presentedForm"] = new JArray(new JObject { ["contentType"] = "text/plain", ["data"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("Findings: disc protrusion.")) }),
        };

        Assert.That(Map(report, FhirCases.Medication("Norco 10/325mg #60", "m1")).ClinicalText, Is.EqualTo("Findings: disc protrusion.\n\nDisc protrusion at L4-5."));
    }

    [Test]
    public void A_pdf_attachment_is_not_read_and_a_notice_says_so()
    {
        var note = FhirCases.Note("%PDF-1.4", "application/pdf");

        var input = Map(note, FhirCases.Medication("Norco 10/325mg #60", "m1"));

        Assert.That(input.Missing, Is.EqualTo(new[] { FhirPrescreenMapper.NoNote }));
        Assert.That(input.Notices, Has.One.Contains("DocumentReference/note-1").And.Contains("application/pdf"));
    }

    [Test]
    public void The_patients_age_on_the_request_date_and_sex_are_read()
    {
        var patient = new JObject { ["resourceType"] = "Patient", ["id"] = "p1", ["gender"] = "female", ["birthDate"] = "1954-09-11" };

        var input = Map(patient, FhirCases.Note("Pain."), FhirCases.Medication("Norco 10/325mg #60", "m1", authoredOn: "2014-09-10"));

        Assert.That((input.PatientAge, input.PatientSex), Is.EqualTo(((int?)59, (Sex?)Sex.Female)));
    }

    [Test]
    public void The_earliest_authored_on_is_the_request_date()
    {
        var input = Map(FhirCases.Note("Pain."), FhirCases.Medication("Norco 10/325mg #60", "m1", authoredOn: "2014-09-12T10:00:00Z"), FhirCases.Service("Acupuncture", "s1", "2014-09-10"));

        Assert.That(input.RequestDate, Is.EqualTo(new DateOnly(2014, 9, 10)));
    }

    [Test]
    public void Diagnoses_of_asserted_conditions_follow_the_note()
    {
        var condition = new JObject { ["resourceType"] = "Condition", ["id"] = "c1", ["code"] = new JObject { ["coding"] = new JArray(new JObject { ["system"] = "http://hl7.org/fhir/sid/icd-10-cm", ["code"] = "M54.16", ["display"] = "Radiculopathy, lumbar region" }) } };
        var refuted = new JObject
        {
            ["resourceType"] = "Condition", ["id"] = "c2", ["code"] = new JObject { ["text"] = "Fibromyalgia" },
            ["verificationStatus"] = new JObject { ["coding"] = new JArray(new JObject { ["code"] = "refuted" }) },
        };

        var input = Map(FhirCases.Note("Low back pain."), condition, refuted, FhirCases.Medication("Norco 10/325mg #60", "m1"));

        Assert.That(input.Diagnoses, Is.EqualTo(new[] { "Radiculopathy, lumbar region" }));
        Assert.That(input.ClinicalText, Is.EqualTo("Low back pain.\n\nDiagnoses: Radiculopathy, lumbar region."));
    }

    [Test]
    public void Claim_items_stand_for_the_request_when_no_order_is_given_and_a_claim_response_is_only_a_notice()
    {
        var claim = new JObject
        {
            ["resourceType"] = "Claim", ["id"] = "cl1", ["status"] = "active", ["use"] = "preauthorization", ["created"] = "2014-09-08",
            ["item"] = new JArray(new JObject { ["sequence"] = 1, ["productOrService"] = new JObject { ["text"] = "Lidoderm 5% patch" }, ["quantity"] = new JObject { ["value"] = 30 } }),
        };
        var response = new JObject { ["resourceType"] = "ClaimResponse", ["id"] = "cr1", ["status"] = "active", ["outcome"] = "complete", ["disposition"] = "Denied: not medically necessary" };

        var input = Map(FhirCases.Note("Neuropathic pain."), claim, response);

        Assert.That(input.Items.Select(i => (i.Text, i.Source)), Is.EqualTo(new[] { ("Lidoderm 5% patch #30", "Claim/cl1#item1") }));
        Assert.That(input.RequestDate, Is.EqualTo(new DateOnly(2014, 9, 8)));
        Assert.That(input.ClinicalText, Does.Not.Contain("Denied"));
        Assert.That(input.Notices, Has.One.Contains("ClaimResponse/cr1").And.Contains("never a fact"));
    }

    [Test]
    public void A_bundle_without_note_or_request_says_both_are_missing() =>
        Assert.That(Map(new JObject { ["resourceType"] = "Patient", ["id"] = "p1" }).Missing, Is.EqualTo(new[] { FhirPrescreenMapper.NoNote, FhirPrescreenMapper.NoItems }));

    [Test]
    public void Entered_in_error_orders_are_not_requested_items()
    {
        var order = FhirCases.Medication("Norco 10/325mg #60", "m1");
        order["status"] = "entered-in-error";

        Assert.That(Map(FhirCases.Note("Pain."), order, FhirCases.Medication("Lidoderm 5% patch #30", "m2")).Items.Select(i => i.Text), Is.EqualTo(new[] { "Lidoderm 5% patch #30" }));
    }
}
