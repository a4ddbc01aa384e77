using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>Inpatient rehabilitation or skilled nursing after surgery is for a patient who cannot yet manage at home.</summary>
[Rule<AssociatedSurgicalServicesPolicy>("NonMTUS.ODG.AssociatedSurgicalServices.InpatientRehabilitation", Guideline = "Official Disability Guidelines (ODG)",
    Section = "Hip and Pelvis, Skilled nursing facility (SNF) care and inpatient rehabilitation",
    Criterion = "Recommended after hospitalization when the patient has a significant new functional limitation (unable to ambulate or transfer, or to perform activities of daily living) and needs daily skilled nursing or rehabilitation.")]
public sealed class InpatientRehabilitation : AssociatedServiceRule
{
    /// <inheritdoc/>
    private protected override AssociatedService Service => AssociatedService.InpatientRehabilitation;

    /// <inheritdoc/>
    protected override CriterionResult Judge(ItemFacts facts) =>
        RequireDocumented(facts, "The patient cannot transfer, stand or walk without help.",
            "a functional limitation (unable to transfer, stand or walk without help) that needs inpatient care", FactKind.FunctionalDependence);
}
