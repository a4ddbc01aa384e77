using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.Tens;

/// <summary>Treatment beyond an authorized initial trial is contingent on the response to it.</summary>
[Rule<TensPolicy>("MTUS.CPMTG.Tens.RemainderAfterInitialTrial", Pages = "114-116", Criterion = "A one-month home-based trial; continued use with documented outcomes of the trial.")]
public sealed class RemainderAfterInitialTrial : RemainderAfterInitialTrialRule
{

}
