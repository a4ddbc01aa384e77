using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Medications;

namespace GuidelineEngine.Rules.Mtus.Benzodiazepines;

/// <summary>Benzodiazepines are not for long-term use; use is limited to 4 weeks.</summary>
[Rule<BenzodiazepinesPolicy>("MTUS.CPMTG.Benzodiazepines.ShortTermUse", Editions = GuidelineEditions.Cpmtg, Pages = "24",
    Criterion = "Not recommended for long-term use because long-term efficacy is unproven and there is a risk of dependence. Most guidelines limit use to 4 weeks.")]
public sealed class ShortTermUse : CriterionRule
{
    /// <summary>The longest use the guideline supports, in weeks (p. 24: "limit use to 4 weeks").</summary>
    public const int MaximumWeeks = 4;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return CourseLength.Within(facts, MaximumWeeks, "benzodiazepine");
    }
}
