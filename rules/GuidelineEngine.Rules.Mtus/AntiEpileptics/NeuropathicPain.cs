using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AntiEpileptics;

/// <summary>Anti-epileptic drugs are recommended for neuropathic pain.</summary>
[Rule<AntiEpilepticsPolicy>("MTUS.CPMTG.AntiEpileptics.NeuropathicPain", Editions = GuidelineEditions.Cpmtg, Pages = "16-18",
    Criterion = "Antiepilepsy drugs are recommended for neuropathic pain (pain due to nerve damage); gabapentin is considered a first-line treatment for neuropathic pain.")]
public sealed class NeuropathicPain : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "Neuropathic pain, for which anti-epileptic drugs are recommended, is documented.",
            "neuropathic pain (nerve damage, radiculopathy, post-herpetic neuralgia)",
            FactKind.NeuropathicPain, FactKind.Radiculopathy, FactKind.PostHerpeticNeuralgia);
    }
}
