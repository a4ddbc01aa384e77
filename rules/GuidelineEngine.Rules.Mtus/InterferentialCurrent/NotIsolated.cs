using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.InterferentialCurrent;

/// <summary>Interferential current is not an isolated intervention.</summary>
[Rule<InterferentialCurrentPolicy>("MTUS.CPMTG.InterferentialCurrent.NotIsolated", Pages = "118-120", Criterion = "Not recommended as an isolated intervention; it may be used with recommended treatments, including return to work, exercise and medications.")]
public sealed class NotIsolated : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "Recommended treatment it would be used with is documented.", "exercise or other recommended treatment the stimulation would be used with", FactKind.ActiveRehabilitation, FactKind.FunctionalRestorationProgram);
    }
}
