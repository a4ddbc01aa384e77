using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.PassiveModality;

/// <summary>Treatment beyond an authorized initial trial is contingent on the response to it.</summary>
[Rule<PassiveModalityPolicy>("MTUS.CPMTG.PassiveModality.RemainderAfterInitialTrial", Pages = "98-99", Criterion = "Continued visits are contingent on objective improvement.")]
public sealed class RemainderAfterInitialTrial : RemainderAfterInitialTrialRule
{

}
