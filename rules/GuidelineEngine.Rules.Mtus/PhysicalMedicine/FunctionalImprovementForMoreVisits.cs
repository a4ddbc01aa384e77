using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.PhysicalMedicine;

/// <summary>More therapy after a course needs documented functional improvement from it.</summary>
[Rule<PhysicalMedicinePolicy>("MTUS.CPMTG.PhysicalMedicine.FunctionalImprovement", Pages = "98-99",
    Criterion = "Allow for fading of treatment frequency plus active self-directed home physical medicine; further visits need documented functional improvement.")]
public sealed class FunctionalImprovementForMoreVisits : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Status(FactKind.PriorTherapySessions) == Polarity.Present ? null : "No earlier course of therapy is documented.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "Functional improvement from the earlier sessions is documented.",
            "functional improvement from the therapy sessions already completed", FactKind.FunctionalImprovement);
    }
}
