using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.Acupuncture;

/// <summary>Treatment beyond an authorized initial trial is contingent on the response to it.</summary>
[Rule<AcupuncturePolicy>("MTUS.Acupuncture.Acupuncture.RemainderAfterInitialTrial", Guideline = "MTUS Acupuncture Medical Treatment Guidelines (2007)", Section = "8 CCR 9792.24.1", Criterion = "3 to 6 treatments to produce functional improvement; treatments may be extended if functional improvement is documented.")]
public sealed class RemainderAfterInitialTrial : RemainderAfterInitialTrialRule
{

}
