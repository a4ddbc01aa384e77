using System.Globalization;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus;

/// <summary>
/// ACOEM's special studies "are not needed unless a period of conservative care and observation
/// fails to improve symptoms", provided no red flag is present: a study asked for before the
/// period has passed is not met, unless a red flag calls for it at once.
/// </summary>
public abstract class ObservationPeriodRule(int minimumWeeks) : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Status(FactKind.ImagingRedFlag) == Polarity.Present)
        {
            return NotApplicable("A red flag is documented, which the observation period does not wait for.");
        }

        if (DiagnosticFacts.WeeksSinceInjury(facts) is not int weeks)
        {
            return NotDocumented("The date of injury, and so the time since it, is not given.", "the date of injury or how long the symptoms have lasted");
        }

        var text = weeks.ToString(CultureInfo.InvariantCulture);
        var minimum = minimumWeeks.ToString(CultureInfo.InvariantCulture);
        return weeks >= minimumWeeks
            ? Met($"{text} weeks have passed since the injury, at least the {minimum} weeks of observation.", facts.Evidence(FactKind.TimeSinceInjury))
            : NotMet($"Only {text} weeks have passed since the injury, less than the {minimum} weeks of conservative care and observation.", facts.Evidence(FactKind.TimeSinceInjury));
    }
}
