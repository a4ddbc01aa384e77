using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Model;
using GuidelineEngine.Reading.Parsing;

namespace GuidelineEngine.Application.Tests.UseCases;

public class StructuredDetailsTests
{
    [Test]
    public void A_field_the_structured_request_states_wins_over_the_text()
    {
        var parsed = RequestDetailsParser.Parse("Norco 10/325mg #60");

        var details = StructuredDetails.Over(parsed, new RequestDetails { IsMedication = true, Quantity = 90, Refills = 1 }, "Norco 10/325mg #60");

        Assert.That((details.Quantity, details.Refills, details.DrugName, details.Strength), Is.EqualTo(((decimal?)90m, (int?)1, parsed.DrugName, parsed.Strength)));
    }

    [Test]
    public void Without_a_structured_request_the_text_reading_stands()
    {
        var parsed = RequestDetailsParser.Parse("Acupuncture 3 times a week for 2 weeks, neck");

        Assert.That(StructuredDetails.Over(parsed, null, "Acupuncture 3 times a week for 2 weeks, neck"), Is.SameAs(parsed));
    }

    [Test]
    public void Structured_body_sites_replace_those_the_text_names()
    {
        var parsed = RequestDetailsParser.Parse("Physical therapy for the knee");

        Assert.That(StructuredDetails.Over(parsed, new RequestDetails { BodyParts = ["lumbar spine"] }, "Physical therapy for the knee").BodyParts, Is.EqualTo(new[] { "lumbar spine" }));
    }

    [Test]
    public void A_medication_order_whose_text_reads_as_no_drug_is_named_by_its_text()
    {
        var details = StructuredDetails.Over(RequestDetailsParser.Parse("Gabapentin #90"), new RequestDetails { IsMedication = true, Quantity = 90 }, "Gabapentin #90");

        Assert.That((details.IsMedication, details.DrugName), Is.EqualTo((true, "Gabapentin")));
    }
}
