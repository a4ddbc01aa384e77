using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.EpiduralSteroidInjections;

/// <summary>An epidural injection needs radiculopathy documented on physical examination.</summary>
[Rule<EpiduralSteroidInjectionsPolicy>("MTUS.CPMTG.EpiduralSteroidInjections.RadiculopathyOnExam", Guideline = "MTUS Chronic Pain Medical Treatment Guidelines", Pages = "46",
    Criterion = "Radiculopathy must be documented by physical examination (deficits in dermatomal sensation, reflexes or muscle strength).")]
public sealed class RadiculopathyOnExam : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Radiculopathy is documented on examination.", "radiculopathy on physical examination (a dermatomal sensory deficit, a reflex change or weakness)", FactKind.RadiculopathyExamFinding);
}
