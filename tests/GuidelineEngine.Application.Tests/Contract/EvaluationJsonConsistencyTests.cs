using GuidelineEngine.Application.Contract;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Reading;
using GuidelineEngine.Reporting;
using GuidelineEngine.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Application.Tests.Contract;

public class EvaluationJsonConsistencyTests
{
    [Test]
    public void An_audited_item_carries_its_consistency_class_and_quoted_findings()
    {
        var item = Json(EvaluationJson.Item(Seed(EvaluationMode.Audit).Items[4], withOutcome: true));

        Assert.That((string?)item["consistency"]!["class"], Is.EqualTo("FindingContradictedByRecord"));
        Assert.That((string?)item["consistency"]!["findings"]![0]!["record"], Does.Contain("obesity"));
        Assert.That(item.Properties().Last().Name, Is.EqualTo("consistency"), "after the fields every mode shares");
    }

    [Test]
    public void A_prescreened_item_and_summary_have_no_consistency_fields()
    {
        var letter = Seed(EvaluationMode.Prescreen);
        var summary = new BatchSummaryBuilder();
        summary.Add(letter);

        var item = Json(EvaluationJson.Item(letter.Items[4], withOutcome: true));
        var figures = Json(EvaluationJson.Summary(summary.Build()));

        Assert.That(item["consistency"], Is.Null);
        Assert.That(figures.Properties().Select(p => p.Name), Does.Not.Contain("consistency").And.Not.Contain("concentration"));
    }

    [Test]
    public void An_audit_summary_ends_with_the_class_counts_and_the_concentration_tables()
    {
        var summary = new BatchSummaryBuilder();
        summary.Add(Seed(EvaluationMode.Audit));

        var figures = Json(EvaluationJson.Summary(summary.Build()));

        Assert.That(figures.Properties().Select(p => p.Name).TakeLast(2), Is.EqualTo(new[] { "consistency", "concentration" }));
        Assert.That((int)figures["consistency"]!["FindingContradictedByRecord"]!, Is.GreaterThanOrEqualTo(1));
        var family = figures["concentration"]!["bySpecialty"]!["Family Practice"]!;
        Assert.That((int)family["items"]!, Is.EqualTo(6));
        Assert.That(family["agreement"]!.Value<JObject>()!.Properties().Select(p => p.Name), Is.EqualTo(new[] { "count", "of", "share", "low", "high" }));
        Assert.That((bool)family["small"]!, Is.True);
    }

    private static JObject Json(object value) => JObject.Parse(JsonConvert.SerializeObject(value, EvaluationJson.Settings));

    private static LetterEvaluation Seed(EvaluationMode mode) =>
        Engine.Get<LetterEvaluator>().Evaluate(Engine.Get<LetterReader>().Read(TestPaths.Seed("001")), mode);
}
