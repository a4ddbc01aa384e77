using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.EpiduralSteroidInjections;

/// <summary>
/// The guideline does not support a series of three injections, nor more than two nerve root
/// levels at one session. Read from the request itself, so it is met or not met, never undocumented.
/// </summary>
[Rule<EpiduralSteroidInjectionsPolicy>("MTUS.CPMTG.EpiduralSteroidInjections.NoSeriesOrExtraLevels", Pages = "46",
    Criterion = "No more than two nerve root levels should be injected using transforaminal blocks; current research does not support a series-of-three injections in either the diagnostic or therapeutic phase.")]
public sealed class NoSeriesOrExtraLevels : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (ProcedureRequest.HeadingStates(facts, FactKind.InjectionSeries))
        {
            return NotMet("The request is for a series of injections, which the guideline does not support.",
                facts.Facts.Where(f => f.Section == SourceSection.ItemHeading && f.Kind == FactKind.InjectionSeries));
        }

        return ProcedureRequest.HeadingStates(facts, FactKind.ThreeOrMoreSpinalLevels)
            ? NotMet("The request names more than two levels; no more than two nerve root levels should be injected.",
                facts.Facts.Where(f => f.Section == SourceSection.ItemHeading && f.Kind == FactKind.ThreeOrMoreSpinalLevels))
            : Met("A single injection at no more than two levels is requested.");
    }
}
