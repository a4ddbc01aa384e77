using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Electrodiagnostics;

/// <summary>
/// Each study needs its own indication. NCS is for clinical signs of an entrapment (in the legs, of
/// a peripheral neuropathy or entrapment: it is not recommended for radiculopathy); EMG is for
/// radiculopathy and not generally needed for carpal tunnel syndrome. A combined study of the arms
/// is judged as one work-up: either indication suffices, as ACOEM uses it to tell carpal tunnel
/// syndrome from cervical radiculopathy.
/// </summary>
[Rule<ElectrodiagnosticsPolicy>("MTUS.CPMTG.Electrodiagnostics.StudyIndication", Section = "Electrodiagnostic testing (EMG/NCS)", Editions = GuidelineEditions.Cpmtg2016,
    Criterion = "EMG and NCS are separate studies and should not necessarily be done together. NCS is recommended in patients with clinical signs of CTS who may be candidates for surgery, but EMG is not generally necessary. In the lower extremities NCS is not recommended; EMG is an option to obtain unequivocal evidence of radiculopathy.")]
public sealed class StudyIndication : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var emg = RequestedStudies.Emg(facts);
        var ncs = RequestedStudies.Ncs(facts);
        var radicular = RequestedStudies.RadicularFindings(facts);
        var entrapment = RequestedStudies.EntrapmentFindings(facts);
        IEnumerable<Fact> evidence = [.. facts.Evidence(FactKind.Radiculopathy), .. facts.Evidence(FactKind.ObjectiveNeuroDeficit), .. facts.Evidence(FactKind.NerveEntrapmentSign)];
        if (RequestedStudies.LowerLimb(facts))
        {
            if (ncs && !entrapment)
            {
                return NotMet("Nerve conduction studies of the legs are not recommended without a suspected peripheral neuropathy or entrapment.", evidence);
            }

            return !emg || radicular
                ? Met(emg ? "Radicular findings support an EMG of the legs." : "A suspected peripheral neuropathy or entrapment supports the nerve conduction study.", evidence)
                : NotDocumented("No radicular finding is documented to support an EMG of the legs.", "findings of a radiculopathy to confirm");
        }

        if (emg && ncs)
        {
            return radicular || entrapment
                ? Met("Radicular or entrapment findings support the combined study of the arms.", evidence)
                : NotDocumented("Neither radicular nor entrapment findings are documented.", "findings of a radiculopathy or a nerve entrapment");
        }

        if (ncs)
        {
            return entrapment
                ? Met("Clinical signs of a nerve entrapment support the nerve conduction study.", evidence)
                : NotDocumented("No clinical sign of a nerve entrapment is documented.", "clinical signs of a nerve entrapment such as carpal tunnel syndrome");
        }

        if (radicular)
        {
            return Met("Radicular findings support the EMG.", evidence);
        }

        return entrapment
            ? NotMet("Only entrapment findings are documented, for which EMG is not generally necessary.", evidence)
            : NotDocumented("No radicular finding is documented to support the EMG.", "findings of a radiculopathy to confirm");
    }
}
