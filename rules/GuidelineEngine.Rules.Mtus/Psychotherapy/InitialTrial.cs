using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Psychotherapy;

/// <summary>A first course of psychotherapy is a trial of 3-4 visits over 2 weeks.</summary>
[Rule<PsychotherapyPolicy>("MTUS.CPMTG.Psychotherapy.InitialTrial", Pages = "23", Criterion = "Consider separate psychotherapy CBT referral after 4 weeks if lack of progress from physical medicine alone: initial trial of 3-4 psychotherapy visits over 2 weeks; with evidence of objective functional improvement, total of up to 6-10 visits over 5-6 weeks.")]
public sealed class InitialTrial : CriterionRule
{
    /// <summary>Visits of the initial trial (p. 23: 3-4 over 2 weeks).</summary>
    public const int TrialVisits = 4;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Status(FactKind.CognitiveBehaviouralTherapy) == Polarity.Present)
        {
            return NotApplicable("Psychotherapy was already given; its functional improvement decides more.");
        }

        if (facts.Request.Visits is not int visits)
        {
            return NotDocumented("The request does not state how many visits.", "the number of psychotherapy visits requested");
        }

        return visits <= TrialVisits
            ? Met($"{visits} visits{facts.Request.VisitsReading} are within the initial trial of 3-4.")
            : NotMet($"{visits} visits{facts.Request.VisitsReading} exceed the initial trial of 3-4 visits over 2 weeks.");
    }
}
