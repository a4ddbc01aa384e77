using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Tens;

/// <summary>TENS is not a primary treatment, only an adjunct to functional restoration.</summary>
[Rule<TensPolicy>("MTUS.CPMTG.Tens.AdjunctToFunctionalRestoration", Pages = "114-116", Criterion = "Not recommended as a primary treatment modality, but a one-month home-based TENS trial may be considered as a noninvasive conservative option, if used as an adjunct to a program of evidence-based functional restoration.")]
public sealed class AdjunctToFunctionalRestoration : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "A programme of functional restoration or active therapy the unit would be an adjunct to is documented.",
            "a programme of evidence-based functional restoration the unit would be an adjunct to", FactKind.FunctionalRestorationProgram, FactKind.ActiveRehabilitation);
    }
}
