using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.HeadImaging;

/// <summary>Head CT or MRI needs a focal or progressive neurologic deficit or a red flag (fracture, tumour, infection).</summary>
[Rule<HeadImagingPolicy>("NonMTUS.ODG.HeadImaging.Indication", Guideline = "Official Disability Guidelines (ODG)", Section = "Head: CT; MRI",
    Criterion = "Neuroimaging is not recommended beyond the emergency phase unless the condition deteriorates or red flags are noted; imaging is supported for new or progressive neurologic deficit or suspicion of cancer or infection.")]
public sealed class Indication : IndicationRule
{
    /// <inheritdoc/>
    protected override IEnumerable<IndicationResult> Indications(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        yield return RedFlag(facts);
        yield return facts.Status(FactKind.ObjectiveNeuroDeficit) == Polarity.Present
            ? Shown("A focal neurologic deficit is documented.", facts.Evidence(FactKind.ObjectiveNeuroDeficit))
            : Undocumented("No focal or progressive neurologic deficit is documented.", "a new or progressive focal neurologic deficit");
    }
}
