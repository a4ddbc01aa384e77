using GuidelineEngine.Model;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Reporting.Tests;

internal static class Rows
{
    public static ItemRow Item(string item, Outcome actual, Determination predicted, Topic? topic = Topic.Opioids, params CriterionRow[] criteria) => new()
    {
        Item = item,
        Topic = predicted == Determination.NotCovered ? null : topic,
        Actual = actual,
        Predicted = predicted,
        Edition = "2016",
        Criteria = criteria,
        MissingDocumentation = [],
    };

    public static CriterionRow Criterion(string rule, CriterionStatus status, params EvidenceRow[] evidence) =>
        new(rule, "MTUS CPMTG (2016), p. 78", "criterion", status, "because", evidence);
}
