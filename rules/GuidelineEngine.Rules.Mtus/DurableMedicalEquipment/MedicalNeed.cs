using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.DurableMedicalEquipment;

/// <summary>The equipment must meet a documented medical need.</summary>
[Rule<DurableMedicalEquipmentPolicy>("NonMTUS.ODG.DurableMedicalEquipment.MedicalNeed", Guideline = "Official Disability Guidelines (ODG)", Section = "Knee and Leg, Durable medical equipment (DME)", Criterion = "Recommended generally if there is a medical need.")]
public sealed class MedicalNeed : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "A limitation the equipment addresses is documented.", "a limitation of mobility or self-care the equipment would address", FactKind.MobilityLimitation);
    }
}
