using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.ElbowImaging;

/// <summary>Elbow MRI for chronic pain after non-diagnostic films when a specific lesion is suspected, or a red flag.</summary>
[Rule<ElbowImagingPolicy>("NonMTUS.ODG.ElbowImaging.Indication", Guideline = "Official Disability Guidelines (ODG)", Section = "Elbow, MRI",
    Criterion = "MRI is recommended for chronic elbow pain when plain films are non-diagnostic and an intra-articular body, osteochondral injury, nerve entrapment or mass, chronic epicondylitis, or a collateral ligament or biceps tendon tear is suspected.")]
public sealed class Indication : IndicationRule
{
    /// <inheritdoc/>
    protected override IEnumerable<IndicationResult> Indications(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        yield return RedFlag(facts);
        yield return facts.Status(FactKind.ObjectiveNeuroDeficit) == Polarity.Present && DiagnosticFacts.FailedConservativeCare(facts) is { } failedCare
            ? Shown("Objective nerve findings persist after conservative care (suspected nerve entrapment).", [.. facts.Evidence(FactKind.ObjectiveNeuroDeficit), .. failedCare])
            : Undocumented("No suspected nerve entrapment persisting after conservative care is documented.", "chronic elbow pain after conservative care with a suspected intra-articular body, osteochondral injury, nerve entrapment, ligament or tendon tear");
    }
}
