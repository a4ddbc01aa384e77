using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TopicalLidocaine;

/// <summary>Topical lidocaine is for localized peripheral neuropathic pain.</summary>
[Rule<TopicalLidocainePolicy>("MTUS.CPMTG.TopicalLidocaine.NeuropathicPain", Editions = GuidelineEditions.Cpmtg, Pages = "56-57, 112",
    Criterion = "Topical lidocaine may be recommended for localized peripheral pain after there has been evidence of a trial of first-line therapy.")]
public sealed class NeuropathicPain : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Localized peripheral neuropathic pain is documented.",
            "localized peripheral neuropathic pain (e.g. radiculopathy or post-herpetic neuralgia)",
            FactKind.NeuropathicPain, FactKind.Radiculopathy, FactKind.PostHerpeticNeuralgia);
}
