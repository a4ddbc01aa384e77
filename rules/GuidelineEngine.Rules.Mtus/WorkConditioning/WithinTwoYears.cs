using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.WorkConditioning;

/// <summary>The worker must be no more than 2 years past the date of injury.</summary>
[Rule<WorkConditioningPolicy>("MTUS.CPMTG.WorkConditioning.WithinTwoYears", Pages = "125-126", Criterion = "The worker must be no more than 2 years past date of injury; workers not returned to work by then may not benefit.")]
public sealed class WithinTwoYears : CriterionRule
{
    /// <summary>Two years in weeks (pp. 125-126).</summary>
    public const int MaximumWeeks = 104;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (InjuryTime.Weeks(facts) is not int weeks)
        {
            return NotDocumented("The time since the injury is not known.", "the date of injury");
        }

        return weeks <= MaximumWeeks
            ? Met($"The injury was {weeks} weeks ago, within 2 years.")
            : NotMet($"The injury was {weeks} weeks ago, more than 2 years.");
    }
}
