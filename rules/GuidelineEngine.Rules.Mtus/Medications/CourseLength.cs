using System.Globalization;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Medications;

/// <summary>
/// Judges a drug the guideline limits to a short course: by the weeks it has been taken where known, else by
/// whether it is already in use. Shared by the benzodiazepine and hypnotic limits, which differ only in weeks.
/// </summary>
internal static class CourseLength
{
    /// <summary>Met within <paramref name="maximumWeeks"/>; NotMet beyond; NotDocumented when in use for an unknown time.</summary>
    public static CriterionResult Within(ItemFacts facts, int maximumWeeks, string drug)
    {
        var evidence = facts.Evidence(FactKind.RequestedDrugDuration);
        var limit = maximumWeeks.ToString(CultureInfo.InvariantCulture);
        if (facts.RequestedDrugWeeks is int weeks)
        {
            var text = weeks.ToString(CultureInfo.InvariantCulture);
            return weeks <= maximumWeeks
                ? new CriterionResult(CriterionStatus.Met, $"The {drug} has been taken for {text} weeks, within {limit} weeks.", evidence)
                : new CriterionResult(CriterionStatus.NotMet, $"The {drug} has been taken for {text} weeks, beyond the {limit} weeks the guideline allows.", evidence);
        }

        if (evidence.Count > 0)
        {
            return new CriterionResult(CriterionStatus.NotMet, $"The {drug} is in long-term use, beyond {limit} weeks.", evidence);
        }

        return facts.Request.Use switch
        {
            RequestUse.Continued => new CriterionResult(CriterionStatus.NotDocumented, $"The {drug} is already in use and how long it has been taken is not documented.", [],
                $"how long the {drug} has been taken (limit {limit} weeks)"),
            RequestUse.NotStated => new CriterionResult(CriterionStatus.NotDocumented, $"The note does not say whether the {drug} is newly prescribed or already taken, nor for how long.", [],
                $"whether the {drug} is newly prescribed, or how long it has been taken (limit {limit} weeks)"),
            _ => new CriterionResult(CriterionStatus.Met, $"The {drug} is newly prescribed, a short course.", []),
        };
    }
}
