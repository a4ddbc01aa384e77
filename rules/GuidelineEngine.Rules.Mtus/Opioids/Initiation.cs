using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Opioids;

/// <summary>Opioids are started only after non-opioid analgesics have failed.</summary>
[Rule<OpioidsPolicy>("MTUS.CPMTG.Opioids.Initiation", Editions = GuidelineEditions.Cpmtg, Pages = "76-77",
    Criterion = "Initiating opioids: a trial of non-opioid analgesics should have failed first.")]
public sealed class Initiation : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Request.Use == RequestUse.Continued ? "The opioid is being continued: the on-going management criteria apply." : null;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "Non-opioid analgesics were tried and failed.",
                "a failed trial of non-opioid analgesics (acetaminophen or NSAIDs) before starting the opioid",
                FactKind.FailedNonOpioidAnalgesics);
    }
}
