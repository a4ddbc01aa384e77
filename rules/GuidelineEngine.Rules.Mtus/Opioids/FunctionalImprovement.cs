using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Opioids;

/// <summary>Continue opioids only with improved function and pain, or a return to work.</summary>
[Rule<OpioidsPolicy>("MTUS.CPMTG.Opioids.FunctionalImprovement", Editions = GuidelineEditions.Cpmtg, Pages = "80, 88-89",
    Criterion = "Continue opioids if the patient has returned to work, or has improved functioning and pain.")]
public sealed class FunctionalImprovement : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Request.Use == RequestUse.Continued ? null : facts?.Request.Use == RequestUse.NotStated
            ? "Whether the opioid is started or continued is not documented: the initiation criterion says what is missing."
            : "The opioid is being initiated: there is no earlier course to show improvement.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.ReturnedToWork.Count > 0
            ? Met("The patient has returned to work.", facts.ReturnedToWork)
            : RequireDocumented(facts, "Functional improvement with the opioid is documented.",
                "functional improvement (or a return to work) on the opioid", FactKind.FunctionalImprovement);
    }
}
