using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.DurableMedicalEquipment;

/// <summary>Mobility and bathroom equipment and supplies (wheelchairs, walkers, canes, commodes, hospital beds, shower chairs, gloves, wipes), not after a surgery; judged on ODG's reading of Medicare's definition of durable medical equipment.</summary>
public sealed class DurableMedicalEquipmentPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "DurableMedicalEquipment";

    /// <inheritdoc/>
    public override int Precedence => 20;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category is ServiceCategory.DurableMedicalEquipment or ServiceCategory.BathroomEquipment or ServiceCategory.MedicalSupplies && !facts.Request.IsPostOperative;
}
