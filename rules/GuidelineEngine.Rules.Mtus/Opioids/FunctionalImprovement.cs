using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Opioids;

/// <summary>Continue opioids only with improved function and pain, or a return to work.</summary>
[Rule("MTUS.CPMTG.Opioids.FunctionalImprovement", Topic.Opioids, Pages = "80, 88-89",
    Criterion = "Continue opioids if the patient has returned to work, or has improved functioning and pain.")]
public sealed class FunctionalImprovement : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!RequestedItem.IsOngoing(facts))
        {
            return NotApplicable("The opioid is being initiated: there is no earlier course to show improvement.");
        }

        var returned = facts.Evidence(FactKind.ReturnToWork).Where(f => f.Polarity == Polarity.Present && ReturnedToWork(f.Sentence)).ToList();
        return returned.Count > 0
            ? Met("The patient has returned to work.", returned)
            : RequireDocumented(facts, "Functional improvement with the opioid is documented.",
                "functional improvement (or a return to work) on the opioid", FactKind.FunctionalImprovement);
    }

    private static bool ReturnedToWork(string sentence) =>
        (sentence.Contains("return", StringComparison.OrdinalIgnoreCase) && !sentence.Contains("off work", StringComparison.OrdinalIgnoreCase))
        || sentence.Contains("working", StringComparison.OrdinalIgnoreCase);
}
