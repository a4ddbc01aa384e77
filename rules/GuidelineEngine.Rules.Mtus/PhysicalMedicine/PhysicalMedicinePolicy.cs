using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.PhysicalMedicine;

/// <summary>Physical and occupational therapy.</summary>
public sealed class PhysicalMedicinePolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override Topic Topic => Topic.PhysicalMedicine;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) => facts?.RequestedService?.Category == ServiceCategory.PhysicalMedicine;
}
