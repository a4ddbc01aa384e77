using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Laxatives;

/// <summary>A laxative is supported alongside opioid therapy, to prevent or treat constipation.</summary>
[Rule<LaxativesPolicy>("MTUS.CPMTG.Laxatives.OpioidConstipation", Editions = GuidelineEditions.Cpmtg, Pages = "77",
    Criterion = "When initiating opioid therapy, prophylactic treatment of constipation should be initiated.")]
public sealed class OpioidConstipation : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        // The medications the summary lists are facts whose value is a drug the vocabulary resolves.
        var opioids = facts.Facts
            .Where(f => f.Kind == FactKind.Medication && f.Polarity == Polarity.Present
                && f.Value is { } drug && ClinicalVocabulary.Default.ResolveDrug(drug)?.Class == DrugClass.Opioid)
            .ToList();
        return opioids.Count > 0
            ? Met("The patient takes an opioid, with which prophylaxis of constipation is recommended.", opioids)
            : RequireDocumented(facts, "Constipation is documented.",
                "opioid therapy or constipation for which the laxative is prescribed", FactKind.Constipation);
    }
}
