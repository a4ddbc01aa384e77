using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.PhysicalMedicine;

/// <summary>Treatment beyond an authorized initial trial is contingent on the response to it.</summary>
[Rule<PhysicalMedicinePolicy>("MTUS.CPMTG.PhysicalMedicine.RemainderAfterInitialTrial", Pages = "98-99", Criterion = "Allow for fading of treatment frequency; continued visits are contingent on objective improvement from the visits already given.")]
public sealed class RemainderAfterInitialTrial : RemainderAfterInitialTrialRule
{

}
