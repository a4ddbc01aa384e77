using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.FunctionalRestoration;

/// <summary>A programme is first given for 2 weeks and continued only with demonstrated efficacy.</summary>
[Rule<FunctionalRestorationPolicy>("MTUS.CPMTG.FunctionalRestoration.TrialLength", Pages = "30-34", Criterion = "Treatment is not suggested for longer than 2 weeks without evidence of demonstrated efficacy as documented by subjective and objective gains; total treatment should generally not exceed 20 full-day sessions.")]
public sealed class TrialLength : CriterionRule
{
    /// <summary>Full-day sessions in all (pp. 30-34: generally not more than 20).</summary>
    public const int MaximumSessions = 20;

    /// <summary>Weeks before efficacy must be shown (2).</summary>
    public const int TrialWeeks = 2;

    /// <summary>Full-day sessions in 2 weeks of weekdays.</summary>
    public const int TrialSessions = 10;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var request = facts.Request;
        if (request.Visits is int sessions && sessions > MaximumSessions)
        {
            return NotMet($"{sessions} sessions exceed the 20 full-day sessions the guideline allows in all.");
        }

        if (request.DurationWeeks is int weeks)
        {
            return weeks <= TrialWeeks
                ? Met($"{weeks} weeks are within the first 2 weeks.")
                : NotMet($"{weeks} weeks exceed the 2 weeks allowed before efficacy is shown.");
        }

        return request.Visits is int count && count <= TrialSessions
            ? Met($"{count} sessions are within the first 2 weeks.")
            : NotDocumented("The request does not state the programme's length.", "the number of sessions or weeks of the programme");
    }
}
