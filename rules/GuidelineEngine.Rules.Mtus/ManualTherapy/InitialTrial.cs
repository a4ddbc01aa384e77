using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.ManualTherapy;

/// <summary>A first course of manual therapy is a trial of 6 visits over 2 weeks.</summary>
[Rule<ManualTherapyPolicy>("MTUS.CPMTG.ManualTherapy.InitialTrial", Pages = "58-60", Criterion = "An initial trial of 6 visits over 2 weeks is recommended to establish objective functional improvement.")]
public sealed class InitialTrial : CriterionRule
{
    /// <summary>The visits of the initial trial (p. 58: 6 visits over 2 weeks).</summary>
    public const int TrialVisits = 6;

    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Status(FactKind.PriorManualTherapy) == Polarity.Present ? "A course of manual therapy was already given; its functional improvement decides more." : null;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (StatedVisitFinding.Of(facts, $"the initial trial of {TrialVisits} visits") is { } stated)
        {
            return stated;
        }

        if (facts.Request.Visits is not int visits)
        {
            return NotDocumented("The request does not state how many visits.", "the number of visits requested (or their frequency and duration)");
        }

        return visits <= TrialVisits
            ? Met($"{visits} visits{facts.Request.VisitsReading} are within the initial trial of {TrialVisits}.")
            : NotMet($"{visits} visits{facts.Request.VisitsReading} exceed the initial trial of {TrialVisits} visits over 2 weeks.");
    }
}
