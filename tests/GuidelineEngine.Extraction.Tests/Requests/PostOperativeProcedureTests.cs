using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Reading.Parsing;

namespace GuidelineEngine.Extraction.Tests.Requests;

/// <summary>
/// The surgery post-operative therapy follows, found in the item's heading, the other items of the
/// request, or the clinical summary; never the reviewer's rationale. Headings and summary text are
/// those of CM16-0246487 (dev corpus), whose summary does not name the Bankart repair.
/// </summary>
public class PostOperativeProcedureTests
{
    private const string Summary =
        "The current diagnosis is documented as dislocation, shoulder. Treatment to date includes physical therapy, and medications. "
        + "The original utilization review dated 11/21/2016 denied the request for shoulder surgery due to there is no evidence of recurrent instability.";

    private const string Surgery = "Left shoulder arthroscopy with Bankart repair, possible biceps tenodesis";
    private const string Therapy = "Associated surgical service: Physical therapy, times 12";

    private static readonly FactExtractor Extractor = new();

    [Test]
    public void A_surgery_requested_with_the_therapy_is_the_procedure_it_follows()
    {
        var procedure = Extract(Summary, EvaluationMode.Prescreen, Surgery, Therapy)[1].Request.PostOperativeProcedure;

        Assert.That((procedure?.Source, procedure?.Kinds), Is.EqualTo(((ProcedureSource?)ProcedureSource.RequestHeading, (IReadOnlyList<FactKind>?)[FactKind.ShoulderRepairSurgery])));
    }

    [Test]
    public void A_surgery_the_summary_names_is_the_procedure_when_the_request_names_none()
    {
        const string summary = "She is status post right carpal tunnel release on 11/02/2016 and has residual weakness.";

        var procedure = Extract(summary, EvaluationMode.Prescreen, "Post-op physical therapy for the right wrist, 8 sessions")[0].Request.PostOperativeProcedure;

        Assert.That((procedure?.Source, procedure?.Kinds), Is.EqualTo(((ProcedureSource?)ProcedureSource.Summary, (IReadOnlyList<FactKind>?)[FactKind.CarpalTunnelRelease])));
    }

    [Test]
    public void Without_a_surgery_in_the_request_or_summary_the_procedure_is_not_stated() =>
        Assert.That(Extract(Summary, EvaluationMode.Prescreen, Therapy)[0].Request.PostOperativeProcedure, Is.EqualTo(PostOperativeProcedure.NotStated));

    [Test]
    public void The_rationale_never_names_the_procedure_even_in_audit()
    {
        var item = Item(1, Therapy) with { Rationale = "The patient is status post left shoulder Bankart repair; 12 visits are within the initial course." };

        var facts = Extractor.ExtractAll(new CaseRecord { ClinicalSummary = Summary }, [item], EvaluationMode.Audit)[0];

        Assert.That(facts.Request.PostOperativeProcedure, Is.EqualTo(PostOperativeProcedure.NotStated));
    }

    [Test]
    public void A_request_that_does_not_follow_a_surgery_has_no_procedure_to_find() =>
        Assert.That(Extract(Summary, EvaluationMode.Prescreen, Surgery, "Surgical consultation")[1].Request.PostOperativeProcedure, Is.Null);

    private static IReadOnlyList<ItemFacts> Extract(string summary, EvaluationMode mode, params string[] headings) =>
        Extractor.ExtractAll(new CaseRecord { ClinicalSummary = summary }, [.. headings.Select((h, i) => Item(i + 1, h))], mode);

    private static ItemRequest Item(int number, string heading) =>
        new() { Number = number, Heading = heading, Request = heading, Details = RequestDetailsParser.Parse(heading) };
}
