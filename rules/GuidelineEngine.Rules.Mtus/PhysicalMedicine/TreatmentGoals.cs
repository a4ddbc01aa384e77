using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.PhysicalMedicine;

/// <summary>The value of therapy rests on a prescription that states its goals.</summary>
[Rule<PhysicalMedicinePolicy>("MTUS.ACOEM.PhysicalMedicine.TreatmentGoals", Guideline = "MTUS ACOEM General Approaches (2004)", Pages = "48", Criterion = "The value of physical therapy increases with a prescription that clearly states treatment goals.")]
public sealed class TreatmentGoals : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var unstated = facts.Evidence(FactKind.TreatmentReasonNotStated);
        // Only an explicit statement that no reason or goal was given counts: silence is not a finding.
        return facts.Status(FactKind.TreatmentReasonNotStated) == Polarity.Present
            ? NotMet("The provider did not state the reason or goals of the requested therapy.", unstated)
            : NotApplicable("Nothing says the reason or goals of the therapy were left unstated.");
    }
}
