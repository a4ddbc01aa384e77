using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.ManualTherapy;

/// <summary>Manual therapy beyond the trial needs objective functional improvement from it, up to 18 visits; maintenance care is not necessary.</summary>
[Rule<ManualTherapyPolicy>("MTUS.CPMTG.ManualTherapy.FunctionalImprovement", Pages = "58-60", Criterion = "A total of up to 18 visits over 6-8 weeks with evidence of objective functional improvement; for flare-ups, re-evaluation of previous treatment success is needed; maintenance care is not necessary.")]
public sealed class FunctionalImprovement : CriterionRule
{
    /// <summary>The most visits in all with objective functional improvement (p. 58: 18 over 6-8 weeks).</summary>
    public const int MaximumVisits = 18;

    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Status(FactKind.PriorManualTherapy) == Polarity.Present ? null : "No earlier course of manual therapy is documented.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Request.Visits is int visits && visits > MaximumVisits)
        {
            return NotMet($"{visits} more visits{facts.Request.VisitsReading} exceed the {MaximumVisits} the guideline allows in all.");
        }

        return RequireDocumented(facts, "Objective functional improvement from the earlier manual therapy is documented.",
            "objective functional improvement from the earlier chiropractic or manual therapy", FactKind.FunctionalImprovement);
    }
}
