using GuidelineEngine.Reading.Parsing;

namespace GuidelineEngine.Reading.Tests.Parsing;

public class RequestDetailsParserTests
{
    [TestCase("Norco 10/325mg #60", "Norco", "10/325mg", null, 60)]
    [TestCase("Norco 10/325 mg #60", "Norco", "10/325 mg", null, 60)]
    [TestCase("Lidoderm 5% patch #30", "Lidoderm", "5%", "patch", 30)]
    [TestCase("Cyclobenzaprine 7.5mg QTY: 60.00", "Cyclobenzaprine", "7.5mg", null, 60)]
    [TestCase("NORCO QUANTITY 100", null, null, null, 100)]
    [TestCase("MEDREX OINTMENT 120 GM, #1", "MEDREX OINTMENT", null, "ointment", 1)]
    [TestCase("Retrospective Cyclobenzaprine 7.5mg #18, per 12/07/2016 order", "Cyclobenzaprine", "7.5mg", null, 18)]
    [TestCase("Three refills of Voltaren 75mg #60", "Voltaren", "75mg", null, 60)]
    [TestCase("Flector 1.3% transdermal patch", "Flector", "1.3%", "patch", null)]
    [TestCase("one month supply of Trezix capsule 30.5/30/16mg", "Trezix capsule", "30.5/30/16mg", "capsule", null)]
    [TestCase("Retrospective Lidopro 4%-27.5%-0.0325% 121gm #1, per 12/07/2016 order", "Lidopro", "4%-27.5%-0.0325%", null, 1)]
    public void A_medication_request_states_name_strength_form_and_quantity(string request, string? name, string? strength, string? form, int? quantity)
    {
        var details = RequestDetailsParser.Parse(request);

        Assert.That((details.DrugName, details.Strength, details.Form, details.Quantity), Is.EqualTo((name, strength, form, (decimal?)quantity)));
    }

    [TestCase("MEDREX OINTMENT 120 GM, #1", "120 GM")]
    [TestCase("Ketoprofen 20% in cream base 240g", "240g")]
    [TestCase("Lidocaine ointment 5% 106.32gm", "106.32gm")]
    public void A_topical_request_keeps_its_amount(string request, string amount) =>
        Assert.That(RequestDetailsParser.Parse(request).Amount, Is.EqualTo(amount));

    [TestCase("Voltaren gel apply to affected area 4 times a day, #60 grams with 1 refill, DOS: 11/11/2016", 1)]
    [TestCase("Diclofenac/misoprostol 75-0.2mg #60 with 2 refills", 2)]
    [TestCase("Pantoprazole 40mg, one by mouth, twice a day #60 with one refill", 1)]
    public void Refills_are_counted_in_digits_or_words(string request, int refills) =>
        Assert.That(RequestDetailsParser.Parse(request).Refills, Is.EqualTo(refills));

    [TestCase("8 POOL THERAPY SESSIONS", 8, null, null, null)]
    [TestCase("Acupuncture 3 times a week for 2 weeks, neck, right hand and head", null, 3, "2 weeks", 2)]
    [TestCase("Chiropractic care to the low back two times a week for four weeks", null, 2, "four weeks", 4)]
    [TestCase("Electro acupuncture to the low back two times a week times six weeks", null, 2, "six weeks", 6)]
    [TestCase("Physical therapy to the low back two sessions", 2, null, null, null)]
    [TestCase("Acupuncture therapy sessions lumbar spine #6", 6, null, null, null)]
    [TestCase("Chiropractic physiotherapy treatment 6 visits", 6, null, null, null)]
    public void A_service_request_states_sessions_frequency_and_duration(string request, int? sessions, int? perWeek, string? duration, int? weeks)
    {
        var details = RequestDetailsParser.Parse(request);

        Assert.That(details.IsMedication, Is.False);
        Assert.That((details.Sessions, details.TimesPerWeek, details.Duration, details.DurationWeeks), Is.EqualTo((sessions, perWeek, duration, weeks)));
    }

    [Test]
    public void Body_parts_are_listed_in_the_order_written() =>
        Assert.That(
            RequestDetailsParser.Parse("Acupuncture 3 times a week for 2 weeks, neck, right hand and head").BodyParts,
            Is.EqualTo(new[] { "neck", "right hand", "head" }));

    [Test]
    public void A_service_is_not_taken_for_a_medication() =>
        Assert.That(RequestDetailsParser.Parse("MRI of the lumbar spine").IsMedication, Is.False);

    [TestCase("Norco 10/325 #999999999999999999999999999999")]
    [TestCase("Physical therapy #99999999999")]
    [TestCase("Acupuncture sessions #3000000000")]
    [TestCase("Acupuncture 3 times a week for 99999999999 months")]
    public void A_number_too_large_for_its_field_states_nothing_and_never_throws(string request)
    {
        var details = RequestDetailsParser.Parse(request);

        Assert.That((details.Quantity is null || details.Quantity < 1e12m, details.Sessions, details.DurationWeeks), Is.EqualTo((true, (int?)null, (int?)null)));
    }

    [Test]
    public void A_whole_count_after_a_mark_on_a_service_is_its_sessions() =>
        Assert.That(RequestDetailsParser.Parse("Acupuncture therapy sessions lumbar spine #6").Sessions, Is.EqualTo(6));
}
