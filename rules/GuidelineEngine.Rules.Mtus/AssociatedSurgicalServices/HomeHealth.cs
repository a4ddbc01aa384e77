using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>Home health delivers otherwise recommended care (such as wound care) to a homebound patient.</summary>
[Rule<AssociatedSurgicalServicesPolicy>("NonMTUS.ODG.AssociatedSurgicalServices.HomeHealth", Guideline = "Official Disability Guidelines (ODG)",
    Section = "Hip and Pelvis, Home health services",
    Criterion = "Recommended only for otherwise recommended medical treatment for patients who are homebound, on a part-time or intermittent basis; home health skilled nursing is recommended for wound care or IV antibiotic administration.")]
public sealed class HomeHealth : AssociatedServiceRule
{
    /// <inheritdoc/>
    private protected override AssociatedService Service => AssociatedService.HomeHealth;

    /// <inheritdoc/>
    protected override CriterionResult Judge(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var homebound = RequireDocumented(facts, "The patient is homebound.", "that the patient is homebound", FactKind.FunctionalDependence);
        if (homebound.Status != CriterionStatus.Met)
        {
            return homebound;
        }

        var skilled = RequireDocumented(facts, "The patient is homebound and needs skilled wound care.", "a skilled need such as wound care", FactKind.WoundCareNeed);
        return skilled.Status == CriterionStatus.Met
            ? skilled with { Evidence = [.. homebound.Evidence, .. skilled.Evidence] }
            : skilled;
    }
}
