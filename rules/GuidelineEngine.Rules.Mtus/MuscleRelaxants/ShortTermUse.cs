using System.Globalization;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.MuscleRelaxants;

/// <summary>Muscle relaxants are for short-term use, 2-3 weeks.</summary>
[Rule<MuscleRelaxantsPolicy>("MTUS.CPMTG.MuscleRelaxants.ShortTermUse", Editions = GuidelineEditions.Cpmtg, Pages = "41-42, 63-66",
    Criterion = "Second-line option for short-term treatment; efficacy diminishes over time. Cyclobenzaprine: a short course, not beyond 2-3 weeks.")]
public sealed class ShortTermUse : CriterionRule
{
    /// <summary>The longest course the guideline supports, in weeks (pp. 41-42, 64: "2-3 weeks").</summary>
    public const int MaximumWeeks = 3;

    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts is not null && SpasticityDrugs.IsRequested(facts) ? "Baclofen and dantrolene are judged by their spasticity indication." : null;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var evidence = facts.Evidence(FactKind.RequestedDrugDuration);
        if (facts.RequestedDrugWeeks is int weeks)
        {
            var text = weeks.ToString(CultureInfo.InvariantCulture);
            return weeks <= MaximumWeeks
                ? Met($"The course so far, {text} weeks, is within {MaximumWeeks} weeks.", evidence)
                : NotMet($"The relaxant has been taken for {text} weeks, beyond the {MaximumWeeks} weeks recommended.", evidence);
        }

        if (evidence.Count > 0)
        {
            return NotMet("The relaxant is in long-term or continued use, beyond a short course.", evidence);
        }

        return facts.Request.Use switch
        {
            RequestUse.Continued => NotDocumented("The relaxant is already in use and the length of the course is not documented.",
                "how long the relaxant has been taken, within a 2-3 week course"),
            RequestUse.NotStated => NotDocumented("The note does not say whether the relaxant is newly started or already taken, nor for how long.",
                "whether the relaxant is newly started, or how long it has been taken, within a 2-3 week course"),
            _ => Met("The relaxant is newly started: a short course."),
        };
    }
}
