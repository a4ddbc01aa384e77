using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Psychotherapy;

/// <summary>More psychotherapy needs objective functional improvement, up to 10 visits in all.</summary>
[Rule<PsychotherapyPolicy>("MTUS.CPMTG.Psychotherapy.FunctionalImprovement", Pages = "23", Criterion = "Consider separate psychotherapy CBT referral after 4 weeks if lack of progress from physical medicine alone: initial trial of 3-4 psychotherapy visits over 2 weeks; with evidence of objective functional improvement, total of up to 6-10 visits over 5-6 weeks.")]
public sealed class FunctionalImprovement : CriterionRule
{
    /// <summary>Visits in all with objective functional improvement (p. 23: 6-10 over 5-6 weeks).</summary>
    public const int MaximumVisits = 10;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Status(FactKind.CognitiveBehaviouralTherapy) != Polarity.Present)
        {
            return NotApplicable("No earlier psychotherapy is documented.");
        }

        if (facts.Request.Visits is int visits && visits > MaximumVisits)
        {
            return NotMet($"{visits} more visits{facts.Request.VisitsReading} exceed the 6-10 the guideline allows in all.");
        }

        return RequireDocumented(facts, "Objective functional improvement from the earlier psychotherapy is documented.",
            "objective functional improvement from the earlier psychotherapy", FactKind.FunctionalImprovement);
    }
}
