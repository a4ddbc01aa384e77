using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.RadiofrequencyAblation;

/// <summary>Radiofrequency neurotomy only after a positive diagnostic medial branch block.</summary>
[Rule<RadiofrequencyAblationPolicy>("MTUS.ACOEM.RadiofrequencyAblation.DiagnosticBlockFirst", Guideline = "MTUS ACOEM Low Back Complaints (2004)", Pages = "300-301",
    Criterion = "Facet neurotomies should be performed only after appropriate investigation involving controlled differential dorsal ramus medial branch diagnostic blocks.")]
public sealed class DiagnosticBlockFirst : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "A positive response to a diagnostic medial branch block is documented.", "a positive response to a diagnostic medial branch block", FactKind.DiagnosticBlockResponse);
}
