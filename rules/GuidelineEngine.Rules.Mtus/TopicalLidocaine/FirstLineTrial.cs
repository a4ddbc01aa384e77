using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TopicalLidocaine;

/// <summary>Topical lidocaine follows a trial of a first-line agent: a tricyclic or SNRI antidepressant or an anti-epileptic.</summary>
[Rule<TopicalLidocainePolicy>("MTUS.CPMTG.TopicalLidocaine.FirstLineTrial", Editions = GuidelineEditions.Cpmtg, Pages = "56-57",
    Criterion = "After evidence of a trial of first-line therapy (tri-cyclic or SNRI anti-depressants or an AED such as gabapentin or Lyrica).")]
public sealed class FirstLineTrial : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "A trial of a first-line agent is documented.",
            "a trial of a first-line agent (a tricyclic or SNRI antidepressant, or an anti-epileptic such as gabapentin or pregabalin)",
            FactKind.FirstLineTrial, FactKind.FirstLineFailure);
}
