using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.PhysicalMedicine;

/// <summary>
/// Physical and occupational therapy for chronic pain. Therapy after surgery falls under the
/// Postsurgical Treatment Guidelines and inpatient rehabilitation under neither, so both are left
/// uncovered rather than judged by the wrong schedule.
/// </summary>
public sealed class PhysicalMedicinePolicy : TopicPolicy
{
    private static readonly string[] OtherGuidelines = ["post-op", "postop", "post op", "surgical", "inpatient", "rehabilitation unit"];

    /// <inheritdoc/>
    public override Topic Topic => Topic.PhysicalMedicine;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.RequestedService?.Category == ServiceCategory.PhysicalMedicine
        && !OtherGuidelines.Any(w => facts.Item.Request.Contains(w, StringComparison.OrdinalIgnoreCase));
}
