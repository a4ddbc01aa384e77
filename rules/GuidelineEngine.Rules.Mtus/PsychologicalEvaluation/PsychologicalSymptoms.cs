using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.PsychologicalEvaluation;

/// <summary>A psychological evaluation needs psychological symptoms or distress to evaluate.</summary>
[Rule<PsychologicalEvaluationPolicy>("MTUS.CPMTG.PsychologicalEvaluation.PsychologicalSymptoms", Guideline = "MTUS Chronic Pain Medical Treatment Guidelines", Pages = "100-101",
    Criterion = "Psychological evaluations are recommended; they should distinguish conditions that are preexisting, aggravated by the injury or work related, and determine if further psychosocial interventions are indicated.")]
public sealed class PsychologicalSymptoms : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Psychological symptoms are documented.", "psychological symptoms or distress that the evaluation would assess", FactKind.PsychologicalSymptoms);
}
