using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.HandImaging;

/// <summary>Imaging of the hand and wrist is for a red flag: suspected fracture, infection or tumour.</summary>
[Rule<HandImagingPolicy>("MTUS.ACOEM.HandImaging.Indication", Guideline = "MTUS ACOEM Forearm, Wrist, and Hand Complaints (2004)", Section = "Special Studies", Pages = "268-269",
    Criterion = "For most patients special studies are not needed until after a period of conservative care and observation; imaging is for red flags such as a suspected fracture, infection or tumor.")]
public sealed class Indication : IndicationRule
{
    /// <inheritdoc/>
    protected override IEnumerable<IndicationResult> Indications(ItemFacts facts) => [RedFlag(facts)];
}
