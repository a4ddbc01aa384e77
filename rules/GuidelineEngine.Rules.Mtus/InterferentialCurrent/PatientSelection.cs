using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.InterferentialCurrent;

/// <summary>A trial only for patients whose pain other care fails to control.</summary>
[Rule<InterferentialCurrentPolicy>("MTUS.CPMTG.InterferentialCurrent.PatientSelection", Pages = "118-120", Criterion = "Possibly appropriate if pain is ineffectively controlled due to diminished effectiveness or side effects of medications, or the patient is unresponsive to conservative measures.")]
public sealed class PatientSelection : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "Medications or conservative measures are documented as ineffective or not tolerated.", "pain ineffectively controlled by medications, or unresponsive to conservative measures", FactKind.MedicationReducedOrNotTolerated, FactKind.FailedOtherTreatments);
    }
}
