using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.HWave;

/// <summary>H-wave only after conservative care and TENS have failed.</summary>
[Rule<HWavePolicy>("MTUS.CPMTG.HWave.AfterConservativeCareAndTens", Pages = "117-118", Criterion = "A one-month home-based trial may be considered only following failure of initially recommended conservative care, including recommended physical therapy, medications, plus transcutaneous electrical nerve stimulation (TENS).")]
public sealed class AfterConservativeCareAndTens : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "A TENS trial before H-wave is documented.", "a trial of TENS (with physical therapy and medications) before H-wave", FactKind.TensTrialCompleted);
    }
}
