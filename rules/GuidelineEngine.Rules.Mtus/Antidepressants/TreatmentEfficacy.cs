using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Medications;

namespace GuidelineEngine.Rules.Mtus.Antidepressants;

/// <summary>Continued antidepressant use needs documented pain relief and function.</summary>
[Rule<AntidepressantsPolicy>("MTUS.CPMTG.Antidepressants.TreatmentEfficacy", Editions = GuidelineEditions.Cpmtg, Pages = "13",
    Criterion = "Assessment of treatment efficacy should include not only pain outcomes, but also an evaluation of function, changes in use of other analgesic medication, sleep quality and duration, and psychological assessment.")]
public sealed class TreatmentEfficacy : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Request.Use == RequestUse.Continued
            ? ReliefAndFunction.Judge(facts, "antidepressant")
            : NotApplicable(facts.Request.Use == RequestUse.NotStated
                ? "The antidepressant is not documented as already taken; efficacy is assessed once it has been taken."
                : "The antidepressant is newly requested; efficacy is assessed once it has been taken.");
    }
}
