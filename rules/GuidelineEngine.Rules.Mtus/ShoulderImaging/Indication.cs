using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.ShoulderImaging;

/// <summary>
/// Shoulder imaging needs a red flag, failure to progress in therapy, or an invasive procedure to
/// plan. The chapter's "signs of new neurologic dysfunction" are left out: the facts do not place a
/// deficit in the arm rather than the legs, and an arm deficit is imaged at the neck.
/// </summary>
[Rule<ShoulderImagingPolicy>("MTUS.ACOEM.ShoulderImaging.Indication", Guideline = "MTUS ACOEM Shoulder Complaints (2004)", Section = "Special Studies", Pages = "207-209",
    Criterion = "Imaging studies should be ordered in the event of red-flag signs or symptoms, signs of new neurologic dysfunction, clarification of anatomy prior to an invasive procedure, or failure to progress in a therapy program; routine MRI without surgical indication is not recommended (Table 9-6).")]
public sealed class Indication : IndicationRule
{
    /// <inheritdoc/>
    protected override IEnumerable<IndicationResult> Indications(ItemFacts facts) => [RedFlag(facts), FailureToProgress(facts), BeforeProcedure(facts)];
}
