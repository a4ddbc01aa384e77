using GuidelineEngine.Facts;

namespace GuidelineEngine.RuleModel;

/// <summary>
/// Says which items a topic covers and how its criteria combine into a determination. Every
/// topic with rules needs exactly one policy.
/// </summary>
public abstract class TopicPolicy
{
    /// <summary>The topic this policy is for.</summary>
    public abstract Topic Topic { get; }

    /// <summary>True when the item falls under this topic.</summary>
    public abstract bool Covers(ItemFacts facts);

    /// <summary>
    /// Combines the criteria. By default every criterion is required: any not met or not
    /// documented predicts Upheld; otherwise Overturned.
    /// </summary>
    public virtual Determination Combine(IReadOnlyList<CriterionResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Any(r => r.Status is CriterionStatus.NotMet or CriterionStatus.NotDocumented)
            ? Determination.Upheld
            : Determination.Overturned;
    }
}
