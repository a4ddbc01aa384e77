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
    /// <inheritdoc/>
    public override string Name => "PhysicalMedicine";

    /// <inheritdoc/>
    public override bool ReadsFindingsOfTheRequestedRegion => true;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts) =>
        facts?.Request.Service?.Category == ServiceCategory.PhysicalMedicine
        && !facts.Request.IsPostOperative && !facts.Request.IsInpatient;
}
