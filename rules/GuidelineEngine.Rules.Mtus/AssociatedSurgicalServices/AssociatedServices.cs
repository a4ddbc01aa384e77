using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;
using GuidelineEngine.Rules.Mtus.Surgery;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>Which service of a surgery an item is, from its heading and its service category.</summary>
internal static class AssociatedServices
{
    // Care settings first ("acute inpatient rehabilitation physical therapy" is a stay, not a
    // therapy course), then the tests ("PT/PTT" is a coagulation study, not physical therapy),
    // then equipment, then the services the vocabulary names.
    private static readonly (FactKind Kind, AssociatedService Service)[] ByHeading =
    [
        (FactKind.InpatientRehabilitation, AssociatedService.InpatientRehabilitation),
        (FactKind.HomeHealthCare, AssociatedService.HomeHealth),
        (FactKind.PreoperativeCoagulation, AssociatedService.Coagulation),
        (FactKind.PreoperativeBloodCount, AssociatedService.BloodCount),
        (FactKind.PreoperativeMetabolicPanel, AssociatedService.MetabolicPanel),
        (FactKind.PreoperativeEcg, AssociatedService.Electrocardiogram),
        (FactKind.ColdTherapyDevice, AssociatedService.ColdTherapy),
        (FactKind.ContinuousPassiveMotion, AssociatedService.ContinuousPassiveMotion),
        (FactKind.PostoperativeSupport, AssociatedService.Support),
    ];

    /// <summary>The service the item is, or <see cref="AssociatedService.None"/>.</summary>
    public static AssociatedService Of(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var (kind, service) in ByHeading)
        {
            if (SurgicalFacts.HeadingSays(facts, kind))
            {
                return service;
            }
        }

        return facts.Request.Service?.Category switch
        {
            ServiceCategory.SurgicalAssistant => AssociatedService.Assistant,
            ServiceCategory.PreoperativeClearance => AssociatedService.Clearance,
            ServiceCategory.PhysicalMedicine or ServiceCategory.AquaticTherapy => AssociatedService.Therapy,
            _ => AssociatedService.None,
        };
    }

    /// <summary>True for care after a surgery already performed, which needs no pre- or post-operative marker.</summary>
    public static bool IsAfterCare(AssociatedService service) =>
        service is AssociatedService.HomeHealth or AssociatedService.InpatientRehabilitation;
}
