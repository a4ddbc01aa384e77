using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.FacetInjections;

/// <summary>No more than two facet joint levels at one session. Read from the request, so never undocumented.</summary>
[Rule<FacetInjectionsPolicy>("MTUS.CPMTG.FacetInjections.TwoLevelsAtMost", Section = "Facet blocks",
    Editions = GuidelineEditions.Cpmtg2016,
    Criterion = "No more than two facet joint levels are injected in one session.")]
public sealed class TwoLevelsAtMost : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return ProcedureRequest.HeadingStates(facts, FactKind.ThreeOrMoreSpinalLevels)
            ? NotMet("The request names more than two levels.", facts.Facts.Where(f => f.Section == SourceSection.ItemHeading && f.Kind == FactKind.ThreeOrMoreSpinalLevels))
            : Met("No more than two levels are requested.");
    }
}
