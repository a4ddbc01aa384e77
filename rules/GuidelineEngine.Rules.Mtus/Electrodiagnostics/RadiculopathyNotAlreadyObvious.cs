using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Electrodiagnostics;

/// <summary>
/// An EMG adds nothing where a radiculopathy is already clinically obvious: imaging shows the root
/// compressed and the examination shows an objective deficit. The examination alone does not make
/// it obvious: the EMG is there to obtain unequivocal evidence.
/// </summary>
[Rule<ElectrodiagnosticsPolicy>("MTUS.CPMTG.Electrodiagnostics.RadiculopathyNotAlreadyObvious", Section = "Electrodiagnostic testing (EMG/NCS)", Editions = GuidelineEditions.Cpmtg2016,
    Criterion = "EMGs are not necessary if radiculopathy is already clinically obvious.")]
public sealed class RadiculopathyNotAlreadyObvious : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts is not null && RequestedStudies.Emg(facts) ? null : "No EMG is requested.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Status(FactKind.ImagingNerveRootCompromise) == Polarity.Present && facts.Status(FactKind.ObjectiveNeuroDeficit) == Polarity.Present
            ? NotMet("Imaging already shows nerve root compromise that matches an objective deficit: the radiculopathy is clinically obvious.",
                [.. facts.Evidence(FactKind.ImagingNerveRootCompromise), .. facts.Evidence(FactKind.ObjectiveNeuroDeficit)])
            : Met("The radiculopathy is not already established by imaging with a matching deficit.");
    }
}
