using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AnkleFootImaging;

/// <summary>Ankle and foot imaging needs a red flag (a suspected stress or occult fracture, tumour, infection) or a suspected tear that conservative care did not settle.</summary>
[Rule<AnkleFootImagingPolicy>("MTUS.ACOEM.AnkleFootImaging.Indication", Guideline = "MTUS ACOEM Ankle and Foot Complaints (2004)", Section = "Special Studies", Pages = "372-374",
    Criterion = "For most ankle and foot problems special studies are not needed until after a period of conservative care and observation; imaging (or a bone scan) may be considered if a red flag such as a stress fracture is suspected.")]
public sealed class Indication : IndicationRule
{
    /// <inheritdoc/>
    protected override IEnumerable<IndicationResult> Indications(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        yield return RedFlag(facts);
        yield return facts.Status(FactKind.SuspectedInternalDerangement) == Polarity.Present && DiagnosticFacts.FailedConservativeCare(facts) is not null
            ? Shown("A suspected ligament or tendon tear persisted through conservative care.",
                [.. facts.Evidence(FactKind.SuspectedInternalDerangement), .. DiagnosticFacts.FailedConservativeCare(facts)!])
            : Undocumented("A suspected tear that failed a period of conservative care is not documented.",
                "a suspected ligament or tendon tear that did not improve with conservative care");
    }
}
