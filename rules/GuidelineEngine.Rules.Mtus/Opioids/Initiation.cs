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
        if (facts.Request.Use == RequestUse.NotStated && facts.Status(FactKind.FailedNonOpioidAnalgesics) != Polarity.Present)
        {
            // Never judged as if new: what is missing is first whether the opioid is new at all.
            return NotDocumented("The note does not say whether the opioid is being started or continued, nor that non-opioid analgesics failed first.",
                "whether the opioid is newly started (then a failed trial of non-opioid analgesics) or continued (then the 4 A's of on-going management)",
                facts.Evidence(FactKind.FailedNonOpioidAnalgesics));
        }

        return RequireDocumented(facts, "Non-opioid analgesics were tried and failed.",
                "a failed trial of non-opioid analgesics (acetaminophen or NSAIDs) before starting the opioid",
                FactKind.FailedNonOpioidAnalgesics);
    }
}
