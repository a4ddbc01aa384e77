using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.Psychotherapy;

/// <summary>Treatment beyond an authorized initial trial is contingent on the response to it.</summary>
[Rule<PsychotherapyPolicy>("MTUS.CPMTG.Psychotherapy.RemainderAfterInitialTrial", Pages = "23", Criterion = "Consider separate psychotherapy CBT referral after 4 weeks if lack of progress from physical medicine alone: initial trial of 3-4 psychotherapy visits over 2 weeks; with evidence of objective functional improvement, total of up to 6-10 visits over 5-6 weeks.")]
public sealed class RemainderAfterInitialTrial : RemainderAfterInitialTrialRule
{

}
