using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.ManualTherapy;

/// <summary>Chiropractic care, manipulation and manual therapy (myofascial release, massage), also when the request is worded as a referral to a chiropractor. Not after a surgery: the postsurgical guidelines decide those.</summary>
public sealed class ManualTherapyPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "ManualTherapy";

    /// <inheritdoc/>
    public override int Precedence => 25;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts is not null && facts.Request.Drugs.Count == 0 && facts.Request.Services.Any(s => s.Category == ServiceCategory.ManualTherapy) && !facts.Request.IsPostOperative;
}
