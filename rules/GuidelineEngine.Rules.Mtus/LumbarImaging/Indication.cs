using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.LumbarImaging;

/// <summary>Lumbar imaging needs a red flag, or unequivocal nerve compromise that failed treatment in a patient who would consider surgery.</summary>
[Rule<LumbarImagingPolicy>("MTUS.ACOEM.LumbarImaging.Indication", Guideline = "MTUS ACOEM Low Back Complaints (2004)", Section = "Special Studies", Pages = "303-304",
    Criterion = "Unequivocal objective findings that identify specific nerve compromise on the neurologic examination are sufficient evidence to warrant imaging in patients who do not respond to treatment and who would consider surgery an option; imaging is otherwise reserved for red-flag diagnoses (cauda equina, tumor, infection, fracture).")]
public sealed class Indication : IndicationRule
{
    /// <inheritdoc/>
    protected override IEnumerable<IndicationResult> Indications(ItemFacts facts) => [RedFlag(facts), NerveCompromise(facts, surgeryConsidered: true)];
}
