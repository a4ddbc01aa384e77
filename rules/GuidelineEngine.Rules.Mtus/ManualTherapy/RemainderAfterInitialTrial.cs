using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.ManualTherapy;

/// <summary>Treatment beyond an authorized initial trial is contingent on the response to it.</summary>
[Rule<ManualTherapyPolicy>("MTUS.CPMTG.ManualTherapy.RemainderAfterInitialTrial", Pages = "58-60", Criterion = "An initial trial of 6 visits over 2 weeks; more only with documentation of objective functional improvement.")]
public sealed class RemainderAfterInitialTrial : RemainderAfterInitialTrialRule
{

}
