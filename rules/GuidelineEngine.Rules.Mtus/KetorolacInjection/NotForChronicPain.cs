using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.KetorolacInjection;

/// <summary>
/// Ketorolac is for acute pain: an injection is met for a documented acute flare-up and not met
/// otherwise, because a chronic condition is what the letter then describes. It cannot be "not
/// documented": the absence of an acute episode is itself the finding.
/// </summary>
[Rule<KetorolacInjectionPolicy>("MTUS.CPMTG.KetorolacInjection.NotForChronicPain", Pages = "72",
    Criterion = "Ketorolac (Toradol) is not indicated for minor or chronic painful conditions.")]
public sealed class NotForChronicPain : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Status(FactKind.AcuteExacerbation) == Polarity.Present
            ? Met("An acute flare-up of pain is documented.", facts.Evidence(FactKind.AcuteExacerbation))
            : NotMet("No acute pain episode is documented; ketorolac is not indicated for chronic painful conditions.");
    }
}
