using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.PassiveModality;

/// <summary>Passive therapy only as a short-term adjunct to active therapy.</summary>
[Rule<PassiveModalityPolicy>("MTUS.CPMTG.PassiveModality.AdjunctToActiveTherapy", Pages = "98-99", Criterion = "Passive therapy can provide short-term relief during the early phases of pain treatment and should be used as an adjunct to active therapies; active therapy is recommended over passive therapy.")]
public sealed class AdjunctToActiveTherapy : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "Active therapy the modality would be an adjunct to is documented.",
            "active therapy or a functional restoration programme the modality would be an adjunct to", FactKind.ActiveRehabilitation, FactKind.FunctionalRestorationProgram);
    }
}
