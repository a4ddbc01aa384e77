using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.NeckImaging;

/// <summary>Neck imaging needs one of the four criteria the chapter lists.</summary>
[Rule<NeckImagingPolicy>("MTUS.ACOEM.NeckImaging.Indication", Guideline = "MTUS ACOEM Neck and Upper Back Complaints (2004)", Section = "Special Studies", Pages = "177-179",
    Criterion = "Criteria for ordering imaging studies are: emergence of a red flag; physiologic evidence of tissue insult or neurologic dysfunction; failure to progress in a strengthening program intended to avoid surgery; clarification of the anatomy prior to an invasive procedure.")]
public sealed class Indication : IndicationRule
{
    /// <inheritdoc/>
    protected override IEnumerable<IndicationResult> Indications(ItemFacts facts) =>
        [RedFlag(facts), NerveCompromise(facts, surgeryConsidered: false), BeforeProcedure(facts)];
}
