using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Procedures;

namespace GuidelineEngine.Rules.Mtus.EpiduralSteroidInjections;

/// <summary>A repeat epidural injection needs at least 50% pain relief for six to eight weeks from the last.</summary>
[Rule<EpiduralSteroidInjectionsPolicy>("MTUS.CPMTG.EpiduralSteroidInjections.RepeatAfterRelief", Pages = "46",
    Criterion = "Repeat blocks should be based on continued objective documented pain and functional improvement, including at least 50% pain relief with associated reduction of medication use for six to eight weeks.")]
public sealed class RepeatAfterRelief : CriterionRule
{
    /// <summary>The least relief from the earlier block, in percent (p. 46).</summary>
    public const int MinimumReliefPercent = 50;

    /// <summary>The least time the relief must last, in weeks (p. 46: six to eight weeks).</summary>
    public const int MinimumReliefWeeks = 6;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) => RepeatInjection.Judge(facts, MinimumReliefPercent, MinimumReliefWeeks);
}
