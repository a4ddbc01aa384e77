using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.ErectileDysfunctionDrugs;

/// <summary>The MTUS is silent on erectile dysfunction drugs; reviewers cite the drug's labelled indications.</summary>
[Rule<ErectileDysfunctionDrugsPolicy>("NonMTUS.UpToDate.ErectileDysfunctionDrugs.Indication", Guideline = "UpToDate, Sildenafil: Drug information", Section = "Use: labeled indications",
    Criterion = "Used in the treatment of erectile dysfunction (and, for sildenafil and tadalafil, pulmonary arterial hypertension); the condition must be documented.")]
public sealed class Indication : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "Erectile dysfunction is documented.", "erectile dysfunction for which the drug is prescribed", FactKind.ErectileDysfunction);
    }
}
