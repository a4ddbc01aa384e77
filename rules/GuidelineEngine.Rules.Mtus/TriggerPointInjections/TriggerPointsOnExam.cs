using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TriggerPointInjections;

/// <summary>Trigger point injections need trigger points documented on palpation.</summary>
[Rule<TriggerPointInjectionsPolicy>("MTUS.CPMTG.TriggerPointInjections.TriggerPointsOnExam", Guideline = "MTUS Chronic Pain Medical Treatment Guidelines", Pages = "122",
    Criterion = "Documentation of circumscribed trigger points with evidence upon palpation of a twitch response as well as referred pain.")]
public sealed class TriggerPointsOnExam : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Trigger points are documented on examination.", "circumscribed trigger points with a twitch response and referred pain on palpation", FactKind.TriggerPointFindings);
}
