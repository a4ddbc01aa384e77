using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.SpinalSupport;

/// <summary>Lumbar supports help only in the acute phase.</summary>
[Rule<SpinalSupportPolicy>("MTUS.ACOEM.SpinalSupport.AcutePhaseOnly", Guideline = "MTUS ACOEM Low Back Complaints (2004)", Pages = "301", Criterion = "Lumbar supports have not been shown to have any lasting benefit beyond the acute phase of symptom relief.")]
public sealed class AcutePhaseOnly : CriterionRule
{
    /// <summary>Weeks of the acute phase (ACOEM: symptoms of less than three months).</summary>
    public const int AcuteWeeks = 12;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Status(FactKind.AcuteExacerbation) == Polarity.Present)
        {
            return Met("An acute phase (flare-up) is documented.", facts.Evidence(FactKind.AcuteExacerbation));
        }

        if (InjuryTime.Weeks(facts) is not int weeks)
        {
            return NotDocumented("The time since the injury is not known.", "the date of injury or an acute phase of symptoms");
        }

        return weeks <= AcuteWeeks
            ? Met($"The injury was {weeks} weeks ago, within the acute phase.")
            : NotMet($"The injury was {weeks} weeks ago, beyond the acute phase in which supports help.");
    }
}
