using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>
/// Pre-operative coagulation studies are reserved for a bleeding history, a bleeding condition or
/// an anticoagulant. The guideline reserves the test, so a record silent on bleeding does not
/// indicate it: silence is not met rather than not documented.
/// </summary>
[Rule<AssociatedSurgicalServicesPolicy>("NonMTUS.ODG.AssociatedSurgicalServices.PreoperativeCoagulation", Guideline = "Official Disability Guidelines (ODG)",
    Section = "Low Back, Preoperative lab testing",
    Criterion = "Coagulation studies are reserved for patients with a history of bleeding or a medical condition that predisposes them to bleeding, and for those taking anticoagulants.")]
public sealed class PreoperativeCoagulation : AssociatedServiceRule
{
    /// <inheritdoc/>
    private protected override AssociatedService Service => AssociatedService.Coagulation;

    /// <inheritdoc/>
    protected override CriterionResult Judge(ItemFacts facts)
    {
        var risk = PresentOf(facts, FactKind.BleedingRisk);
        return risk.Count > 0
            ? Met("A bleeding history, bleeding condition or anticoagulant is documented.", risk)
            : NotMet("No history of bleeding, bleeding condition or anticoagulant is documented.");
    }
}
