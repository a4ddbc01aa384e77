using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Electrodiagnostics;

/// <summary>
/// The studies follow a period of conservative care that failed. For a suspected upper-limb
/// entrapment, ACOEM's Forearm, Wrist, and Hand chapter allows no improvement within 4 to 6 weeks
/// of observation instead.
/// </summary>
[Rule<ElectrodiagnosticsPolicy>("MTUS.CPMTG.Electrodiagnostics.AfterConservativeCare", Section = "Electrodiagnostic testing (EMG/NCS)", Editions = GuidelineEditions.Cpmtg2016,
    Criterion = "EMG is recommended as an option to obtain unequivocal evidence of radiculopathy after 1-month conservative therapy; electrical studies may be indicated with suspected peripheral nerve impingement in whom no improvement or worsening has occurred within 4 to 6 weeks (ACOEM ch. 11).")]
public sealed class AfterConservativeCare : CriterionRule
{
    /// <summary>The lower bound of ACOEM's "within 4 to 6 weeks" for a suspected entrapment.</summary>
    public const int EntrapmentObservationWeeks = 4;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (DiagnosticFacts.FailedConservativeCare(facts) is { } failedCare)
        {
            return Met("Conservative care was tried and failed.", failedCare);
        }

        if (facts.Status(FactKind.ConservativeCareHelped) == Polarity.Present)
        {
            return NotMet("The conservative care received improved the symptoms.", facts.Evidence(FactKind.ConservativeCareHelped));
        }

        if (facts.Status(FactKind.ConservativeCareReceived) == Polarity.Present)
        {
            // The CPMTG asks for the study "after 1-month conservative therapy": care received
            // that is not said to have helped is the therapy the study follows.
            return Met("Conservative care beyond medication was received without a documented improvement.", facts.Evidence(FactKind.ConservativeCareReceived));
        }

        if (!RequestedStudies.LowerLimb(facts) && RequestedStudies.EntrapmentFindings(facts)
            && DiagnosticFacts.WeeksSinceInjury(facts) >= EntrapmentObservationWeeks)
        {
            return Met($"A suspected nerve entrapment has not settled after at least {EntrapmentObservationWeeks} weeks.",
                [.. facts.Evidence(FactKind.NerveEntrapmentSign), .. facts.Evidence(FactKind.TimeSinceInjury)]);
        }

        return NotDocumented("A course of conservative care that failed is not documented.", "conservative care (such as physical therapy) tried and failed");
    }
}
