using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Medications;

namespace GuidelineEngine.Rules.Mtus.AntiEpileptics;

/// <summary>Continued anti-epileptic use needs documented pain relief and improved function.</summary>
[Rule<AntiEpilepticsPolicy>("MTUS.CPMTG.AntiEpileptics.DocumentedResponse", Editions = GuidelineEditions.Cpmtg, Pages = "16-17",
    Criterion = "A good response is a 50% reduction in pain and a moderate response a 30% reduction; after initiation there should be documentation of pain relief and improvement in function, and continued use depends on improved outcomes versus tolerability.")]
public sealed class DocumentedResponse : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Request.Use == RequestUse.Continued ? null : facts?.Request.Use == RequestUse.NotStated ? "The anti-epileptic drug is not documented as already taken; the response is documented after initiation." : "The anti-epileptic drug is newly requested; the response is documented after initiation.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return ReliefAndFunction.Judge(facts, "anti-epileptic drug");
    }
}
