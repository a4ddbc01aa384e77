using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.HipImaging;

/// <summary>Hip imaging needs a suspected osteonecrosis, occult or stress fracture, tumour, or a soft-tissue (labral) injury.</summary>
[Rule<HipImagingPolicy>("NonMTUS.ODG.HipImaging.Indication", Guideline = "Official Disability Guidelines (ODG)", Section = "Hip & Pelvis: MRI",
    Criterion = "Indications for imaging: osseous, articular or soft-tissue abnormalities; osteonecrosis; occult acute and stress fracture; acute and chronic soft-tissue injuries; tumors.")]
public sealed class Indication : IndicationRule
{
    /// <inheritdoc/>
    protected override IEnumerable<IndicationResult> Indications(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        yield return RedFlag(facts);
        yield return facts.Status(FactKind.SuspectedInternalDerangement) == Polarity.Present
            ? Shown("A soft-tissue injury (labral or tendon tear) is suspected.", facts.Evidence(FactKind.SuspectedInternalDerangement))
            : Undocumented("No suspected soft-tissue injury of the hip is documented.", "a suspected labral or soft-tissue injury of the hip");
    }
}
