using System.Globalization;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>
/// Post-operative therapy starts with an initial course of half the general course for the
/// surgery; more follows only with documented functional improvement. Where the letter names
/// several surgeries, the longest schedule of them applies.
/// </summary>
[Rule<AssociatedSurgicalServicesPolicy>("MTUS.Postsurgical.AssociatedSurgicalServices.InitialCourse",
    Guideline = "MTUS Postsurgical Treatment Guidelines (2009)", Section = "8 CCR 9792.24.3 (a)(1), (c) and (d)",
    Criterion = "An initial course of therapy is one half of the number of visits specified in the general course of therapy for the specific surgery in the postsurgical physical medicine treatment recommendations.")]
public sealed class InitialCourse : AssociatedServiceRule
{
    /// <inheritdoc/>
    private protected override AssociatedService Service => AssociatedService.Therapy;

    /// <inheritdoc/>
    protected override CriterionResult Judge(ItemFacts facts)
    {
        // The surgery as the request reader found it: the item's heading, the other items' headings, then the summary.
        var procedure = facts.Request.PostOperativeProcedure ?? PostOperativeProcedure.NotStated;
        var course = PostsurgicalCourse.All
            .Where(c => procedure.Kinds.Contains(c.Surgery))
            .OrderByDescending(c => c.GeneralVisits)
            .FirstOrDefault();
        if (course is null)
        {
            return NotDocumented("The surgery the therapy follows is not stated in the request or the clinical summary, so its postsurgical schedule cannot be applied.",
                "the surgery the post-operative therapy follows");
        }

        var evidence = procedure.Evidence.Where(f => f.Kind == course.Surgery).ToList();
        if (facts.Request.Visits is not int visits)
        {
            return NotDocumented("The request does not state how many visits.", "the number of post-operative therapy visits requested", evidence);
        }

        var initial = course.InitialVisits.ToString(CultureInfo.InvariantCulture);
        var text = visits.ToString(CultureInfo.InvariantCulture) + " visits" + facts.Request.VisitsReading;
        var where = procedure.Source == ProcedureSource.RequestHeading ? " requested with it" : string.Empty;
        return visits <= course.InitialVisits
            ? Met($"{text} are within the initial course of {initial} for a {course.Name}{where} ({course.Schedule}).", evidence)
            : NotMet($"{text} exceed the initial course of {initial} (half of {course.Schedule}) for a {course.Name}{where}.", evidence);
    }
}
