using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Facts.Vocabulary;

namespace GuidelineEngine.Rules.Mtus.DurableMedicalEquipment;

/// <summary>The item must be durable medical equipment as Medicare defines it.</summary>
[Rule<DurableMedicalEquipmentPolicy>("NonMTUS.ODG.DurableMedicalEquipment.MedicareDefinition", Guideline = "Official Disability Guidelines (ODG)", Section = "Knee and Leg, Durable medical equipment (DME)", Criterion = "Recommended generally if there is a medical need and if the device or system meets Medicare's definition of durable medical equipment: it can withstand repeated use, is primarily and customarily used to serve a medical purpose, is generally not useful in the absence of illness or injury, and is appropriate for use in the home.")]
public sealed class MedicareDefinition : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Request.Service?.Category switch
        {
            ServiceCategory.MedicalSupplies => NotMet("Expendable supplies cannot withstand repeated use and are not durable medical equipment."),
            ServiceCategory.BathroomEquipment => NotMet("Bathroom and toilet items such as shower chairs are not primarily medical in nature (Medicare)."),
            _ => Met("The item is durable and primarily medical."),
        };
    }
}
