using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.HWave;

/// <summary>H-wave is not an isolated intervention.</summary>
[Rule<HWavePolicy>("MTUS.CPMTG.HWave.AdjunctToFunctionalRestoration", Pages = "117-118", Criterion = "Not recommended as an isolated intervention; a trial may be considered as an adjunct to a program of evidence-based functional restoration.")]
public sealed class AdjunctToFunctionalRestoration : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "A programme of functional restoration or active therapy is documented.", "a programme of evidence-based functional restoration the unit would be an adjunct to", FactKind.FunctionalRestorationProgram, FactKind.ActiveRehabilitation);
    }
}
