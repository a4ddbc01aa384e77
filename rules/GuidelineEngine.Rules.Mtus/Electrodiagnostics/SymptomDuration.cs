using System.Globalization;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Electrodiagnostics;

/// <summary>Electrodiagnostic studies are for symptoms lasting more than three or four weeks.</summary>
[Rule<ElectrodiagnosticsPolicy>("MTUS.ACOEM.Electrodiagnostics.SymptomDuration", Guideline = "MTUS ACOEM Neck and Upper Back Complaints (2004); Low Back Complaints (2004)", Section = "Special Studies", Pages = "178; 303",
    Criterion = "EMG and NCV, including H-reflex tests, may help identify subtle focal neurologic dysfunction in patients with neck or arm, or low back, symptoms lasting more than three or four weeks.")]
public sealed class SymptomDuration : CriterionRule
{
    /// <summary>The lower bound of "more than three or four weeks".</summary>
    public const int MinimumWeeks = 3;

    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Status(FactKind.CumulativeTrauma) == Polarity.Present ? "A cumulative trauma claim: its date of injury does not date the onset of the symptoms." : null;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (DiagnosticFacts.WeeksSinceInjury(facts) is not int weeks)
        {
            return NotDocumented("The date of injury, and so how long the symptoms have lasted, is not given.", "how long the symptoms have lasted");
        }

        var text = weeks.ToString(CultureInfo.InvariantCulture);
        return weeks >= MinimumWeeks
            ? Met($"The symptoms have lasted {text} weeks, at least {MinimumWeeks} weeks.", facts.Evidence(FactKind.TimeSinceInjury))
            : NotMet($"Only {text} weeks have passed since the injury, less than three or four weeks.", facts.Evidence(FactKind.TimeSinceInjury));
    }
}
