using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.TriggerPointInjections;

/// <summary>Repeat trigger point injections need more than 50% relief for six weeks from the last.</summary>
[Rule<TriggerPointInjectionsPolicy>("MTUS.CPMTG.TriggerPointInjections.RepeatAfterRelief", Pages = "122",
    Criterion = "No repeat injections unless a greater than 50% pain relief is obtained for six weeks after an injection and there is documented evidence of functional improvement.")]
public sealed class RepeatAfterRelief : CriterionRule
{
    /// <summary>The relief the last injection must have given, in percent (p. 122).</summary>
    public const int MinimumReliefPercent = 50;

    /// <summary>How long the relief must have lasted, in weeks (p. 122).</summary>
    public const int MinimumReliefWeeks = 6;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) => RepeatInjection.Judge(facts, MinimumReliefPercent, MinimumReliefWeeks);
}
