using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Nsaids;

/// <summary>NSAIDs at the lowest dose for the shortest time; continued use needs documented benefit.</summary>
[Rule<NsaidsPolicy>("MTUS.CPMTG.Nsaids.ContinuedBenefit", Editions = GuidelineEditions.Cpmtg, Pages = "67-68",
    Criterion = "Recommended at the lowest dose for the shortest period in patients with moderate to severe pain; continued use needs documented pain relief or functional improvement.")]
public sealed class ContinuedBenefit : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Request.Use == RequestUse.Continued ? null : facts?.Request.Use == RequestUse.NotStated ? "The NSAID is not documented as already taken." : "The NSAID is newly requested.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Pain relief or functional improvement with the NSAID is documented.",
            "pain relief or functional improvement from the NSAID already taken",
            FactKind.Analgesia, FactKind.FunctionalImprovement);
}
