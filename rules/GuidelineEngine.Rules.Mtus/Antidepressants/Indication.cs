using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Antidepressants;

/// <summary>
/// Antidepressants are first-line for neuropathic pain; SSRIs are not recommended for chronic pain alone and
/// need secondary depression. Radiculopathy alone does not count: for lumbosacral radiculopathy the CPMTG finds
/// "no specific medications that have been proven in high quality studies to be efficacious" (p. 15).
/// </summary>
[Rule<AntidepressantsPolicy>("MTUS.CPMTG.Antidepressants.Indication", Editions = GuidelineEditions.Cpmtg, Pages = "13-16, 107",
    Criterion = "Recommended as a first line option for neuropathic pain, and as a possibility for non-neuropathic pain with depression; SSRIs are not recommended as a treatment for chronic pain, but may have a role in treating secondary depression.")]
public sealed class Indication : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Request.Drug?.Subclass == "SSRI"
            ? RequireDocumented(facts, "Depression, for which an SSRI may be used, is documented.",
                "depression, as SSRIs are not recommended for chronic pain alone", FactKind.Depression)
            : RequireDocumented(facts, "Neuropathic pain or depression, an indication for the antidepressant, is documented.",
                "neuropathic pain or depression for which the antidepressant is indicated",
                FactKind.NeuropathicPain, FactKind.PostHerpeticNeuralgia, FactKind.Depression);
    }
}
