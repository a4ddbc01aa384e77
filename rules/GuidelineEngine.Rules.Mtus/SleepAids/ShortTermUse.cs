using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Medications;

namespace GuidelineEngine.Rules.Mtus.SleepAids;

/// <summary>Hypnotics are for short-term treatment of insomnia; the MTUS is silent, ODG is cited.</summary>
[Rule<SleepAidsPolicy>("NonMTUS.ODG.SleepAids.ShortTermUse", Guideline = "Official Disability Guidelines (ODG)", Section = "Pain (Chronic), Insomnia treatment",
    Criterion = "Zolpidem is approved for the short-term (usually two to six weeks) treatment of insomnia; hypnotics are not recommended for long-term use.")]
public sealed class ShortTermUse : CriterionRule
{
    /// <summary>The longest course ODG supports, in weeks ("usually two to six weeks").</summary>
    public const int MaximumWeeks = 6;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return CourseLength.Within(facts, MaximumWeeks, "sleep aid");
    }
}
