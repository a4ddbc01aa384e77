using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.UrineDrugTesting;

/// <summary>
/// Drug testing serves opioid therapy (before a trial, and while on opioids) or a concern of
/// illegal drug use or aberrant behaviour: met when an opioid is documented as taken or
/// aberrant behaviour is documented, otherwise not documented.
/// </summary>
[Rule<UrineDrugTestingPolicy>("MTUS.CPMTG.UrineDrugTesting.OpioidTherapy", Pages = "43, 77-78, 94",
    Criterion = "Recommended as an option to assess for the use or the presence of illegal drugs, before a therapeutic trial of opioids and in ongoing opioid management.")]
public sealed class OpioidTherapy : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var opioids = facts.Facts.Where(f => f.Kind == FactKind.Medication && f.Section == SourceSection.Summary && f.Polarity == Polarity.Present
            && f.Value is not null && ClinicalVocabulary.Default.ResolveDrug(f.Value)?.Class == DrugClass.Opioid).ToList();
        if (opioids.Count > 0)
        {
            return Met("An opioid is documented in the medication history.", opioids);
        }

        return facts.Status(FactKind.AberrantBehavior) == Polarity.Present
            ? Met("Aberrant drug-related behaviour is documented.", facts.Evidence(FactKind.AberrantBehavior))
            : NotDocumented("Neither opioid therapy nor a concern of illegal drug use is documented.", "opioid therapy (current or planned) or aberrant drug-related behaviour");
    }
}
