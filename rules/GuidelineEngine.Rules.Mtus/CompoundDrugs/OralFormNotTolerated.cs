using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.CompoundDrugs;

/// <summary>A compounded oral suspension is not first-line: it needs a reason the pill or tablet form will not do.</summary>
[Rule<CompoundDrugsPolicy>("MTUS.CPMTG.CompoundDrugs.OralFormNotTolerated", Editions = GuidelineEditions.Cpmtg2016, Section = "Compound drugs",
    Criterion = "Compound drugs are not recommended as a first line therapy; the patient must be unable to tolerate similar medication in pill or tablet form.")]
public sealed class OralFormNotTolerated : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "The patient cannot take the medication in pill or tablet form.",
            "inability to tolerate similar medication in pill or tablet form", FactKind.OralIntolerance);
    }
}
