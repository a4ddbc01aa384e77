using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.DurableMedicalEquipment;

/// <summary>Treatment beyond an authorized initial trial is contingent on the response to it.</summary>
[Rule<DurableMedicalEquipmentPolicy>("NonMTUS.ODG.DurableMedicalEquipment.RentalReassessment", Guideline = "Official Disability Guidelines (ODG)", Section = "Knee and Leg, Durable medical equipment (DME)", Criterion = "Where part of a rental was authorized, more is contingent on re-assessment findings.")]
public sealed class RemainderAfterInitialTrial : RemainderAfterInitialTrialRule
{
    /// <inheritdoc/>
    protected override string AuthorizedPart => "a shorter rental";
}
