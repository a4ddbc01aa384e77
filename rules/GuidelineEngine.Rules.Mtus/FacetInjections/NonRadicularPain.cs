using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.FacetInjections;

/// <summary>
/// Facet blocks are limited to non-radicular pain: documented radicular pain or radiculopathy is
/// not met; where none is mentioned the pain is taken as non-radicular (the guideline asks for the
/// absence of radicular findings, which a letter rarely states).
/// </summary>
[Rule<FacetInjectionsPolicy>("MTUS.CPMTG.FacetInjections.NonRadicularPain", Section = "Facet blocks",
    Editions = GuidelineEditions.Cpmtg2016,
    Criterion = "Limited to patients with low-back pain that is non-radicular.")]
public sealed class NonRadicularPain : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Status(FactKind.Radiculopathy) == Polarity.Present
            ? NotMet("Radicular pain or radiculopathy is documented; facet blocks are limited to non-radicular pain.", facts.Evidence(FactKind.Radiculopathy))
            : Met("No radicular pain is documented.");
    }
}
