using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Electrodiagnostics;

/// <summary>
/// A study already done and reported is repeated only for a significant change. The facts do not
/// date a change against the earlier study, so a documented earlier study with its result is not
/// met; a physician reviewer weighs any change the record describes.
/// </summary>
[Rule<ElectrodiagnosticsPolicy>("MTUS.ACOEM.Electrodiagnostics.NoRepeatWithoutChange", Guideline = "MTUS ACOEM Neck and Upper Back Complaints (2004); Low Back Complaints (2004)", Section = "Special Studies",
    Criterion = "Special studies are for clarifying a diagnosis not yet established; repeat studies are reserved for a significant change in symptoms or findings.")]
public sealed class NoRepeatWithoutChange : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Status(FactKind.PriorElectrodiagnosticStudy) == Polarity.Present
            ? NotMet("An electrodiagnostic study has already been done and reported; no reason for another is documented.", facts.Evidence(FactKind.PriorElectrodiagnosticStudy))
            : NotApplicable("No earlier electrodiagnostic study is documented.");
    }
}
