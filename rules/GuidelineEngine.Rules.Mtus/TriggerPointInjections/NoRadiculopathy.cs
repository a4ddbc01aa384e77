using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TriggerPointInjections;

/// <summary>Trigger point injections are not for radicular pain: radiculopathy on exam or testing is not met; none mentioned is met.</summary>
[Rule<TriggerPointInjectionsPolicy>("MTUS.CPMTG.TriggerPointInjections.NoRadiculopathy", Pages = "122",
    Criterion = "Radiculopathy is not present (by exam, imaging, or neuro-testing).")]
public sealed class NoRadiculopathy : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Status(FactKind.RadiculopathyExamFinding) == Polarity.Present || facts.Status(FactKind.RadiculopathyCorroborated) == Polarity.Present)
        {
            return NotMet("Radiculopathy is documented by examination or testing.",
                facts.Evidence(FactKind.RadiculopathyExamFinding), facts.Evidence(FactKind.RadiculopathyCorroborated));
        }

        return Met("No radiculopathy is documented by examination or testing.");
    }
}
