using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.CompoundDrugs;

/// <summary>A compound drug is for use after first-line therapy has failed.</summary>
[Rule<CompoundDrugsPolicy>("MTUS.CPMTG.CompoundDrugs.FirstLineFailed", Editions = GuidelineEditions.Cpmtg2016, Section = "Compound drugs",
    Criterion = "Compound drugs are not recommended as a first line therapy; failure of first-line therapy must be documented.")]
public sealed class FirstLineFailed : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "Failure of first-line therapy is documented.", "failure of first-line therapy",
            FactKind.FirstLineFailure, FactKind.FailedNonOpioidAnalgesics);
    }
}
