using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Reporting.Tests;

/// <summary>Evaluated items built directly, so that report tests state only what they are about.</summary>
internal static class Rows
{
    public static EvaluatedItem Item(string item, Outcome actual, Determination predicted, string topic = "Opioids", params CriterionEvaluation[] criteria) =>
        new(item, actual, new ItemEvaluation
        {
            NotCoveredReason = predicted == Determination.NotCovered ? $"no encoded topic covers {item}" : null,
            Facts = new ItemFacts { ItemNumber = 1, Request = new RequestFacts { Name = item }, Mode = EvaluationMode.Prescreen, Facts = [] },
            Topic = predicted == Determination.NotCovered ? null : topic,
            Edition = GuidelineEditions.Cpmtg2016,
            Predicted = predicted,
            Criteria = criteria,
        });

    public static CriterionEvaluation Criterion(string rule, CriterionStatus status, params Fact[] evidence) =>
        new(new RuleDescriptor(rule, "Opioids", "MTUS CPMTG", GuidelineEditions.Cpmtg2016, "78", string.Empty, "criterion", null!),
            new CriterionResult(status, "because", evidence),
            "MTUS CPMTG (2016), p. 78");

    /// <summary>A summary fact whose matched text is <paramref name="text"/> inside <paramref name="summary"/>.</summary>
    public static Fact SummaryFact(FactKind kind, Polarity polarity, string summary, string text) =>
        new(kind, null, polarity, SourceSection.Summary, summary.IndexOf(text, StringComparison.Ordinal), text.Length, text, summary);
}
