using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Surgery;

namespace GuidelineEngine.Rules.Mtus.PostOperativeOpioids;

/// <summary>Post-operative opioids follow the surgery they are for: supported only if the surgery is.</summary>
[Rule<PostOperativeOpioidsPolicy>("MTUS.OpioidTreatment.PostOperativeOpioids.SupportedSurgery", Guideline = "MTUS Opioid Treatment Guidelines",
    Editions = GuidelineEditions.Otg2016, Section = "1.4 Opioids for Post-operative Pain",
    Criterion = "Recommend opioid use for a limited duration for post-operative pain management in addition to other treatments, especially during the immediate post-operative period, and for moderate to extensive surgical procedures.")]
public sealed class SupportedSurgery : FollowingRule<SurgeryPolicy>
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts, IReadOnlyList<ItemDetermination> primaries)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var surgery = RequestedSurgery.Of(primaries);
        if (!surgery.IsRequested)
        {
            return NotApplicable("The request holds no surgery; the surgery may have been certified before.");
        }

        return surgery.IsSupported
            ? Met($"The surgery it follows, {surgery.Deciding.Name}, is predicted supported.")
            : NotMet($"The surgery it follows, {surgery.Deciding.Name}, is predicted not supported, so post-operative opioids are not needed.");
    }
}
