using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Opioids;

/// <summary>Long-term opioid use is monitored by urine drug screens or an opioid agreement.</summary>
[Rule<OpioidsPolicy>("MTUS.CPMTG.Opioids.Monitoring", Editions = GuidelineEditions.Cpmtg, Pages = "43, 78, 89",
    Criterion = "Long-term use: monitor appropriate use, e.g. urine drug screening or an opioid (pain) agreement.")]
public sealed class Monitoring : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Request.Use == RequestUse.Continued ? null : facts?.Request.Use == RequestUse.NotStated
            ? "Whether the opioid is started or continued is not documented: the initiation criterion says what is missing."
            : "The opioid is being initiated, not used long-term.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Urine drug screening, an opioid agreement or a CURES check is documented.",
            "a urine drug screen, an opioid agreement or a CURES/PDMP check",
            FactKind.UrineDrugScreen, FactKind.OpioidAgreement, FactKind.PdmpCheck);
}
