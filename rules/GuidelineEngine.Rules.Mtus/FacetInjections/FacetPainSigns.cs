using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.FacetInjections;

/// <summary>A facet block needs signs of facet joint pain on examination.</summary>
[Rule<FacetInjectionsPolicy>("NonMTUS.ODG.FacetInjections.FacetPainSigns", Guideline = "Official Disability Guidelines (ODG)", Section = "Low Back, Facet joint diagnostic blocks (injections)",
    Criterion = "Clinical presentation should be consistent with facet joint pain: tenderness to palpation over the facet region, a normal sensory examination and no radicular findings.")]
public sealed class FacetPainSigns : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Signs of facet joint pain are documented.", "signs of facet joint pain (tenderness over the facets, pain on facet loading)", FactKind.FacetPainSigns);
}
