using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>A pre-operative ECG is for higher-risk surgery with cardiac risk factors, not for arthroscopy.</summary>
[Rule<AssociatedSurgicalServicesPolicy>("NonMTUS.ODG.AssociatedSurgicalServices.PreoperativeElectrocardiogram", Guideline = "Official Disability Guidelines (ODG)",
    Section = "Low Back, Preoperative electrocardiogram (ECG)",
    Criterion = "Recommended for patients undergoing high-risk surgery and those undergoing intermediate-risk surgery who have additional risk factors; not recommended for low-risk (arthroscopic) surgery.")]
public sealed class PreoperativeElectrocardiogram : AssociatedServiceRule
{
    /// <inheritdoc/>
    private protected override AssociatedService Service => AssociatedService.Electrocardiogram;

    /// <inheritdoc/>
    protected override CriterionResult Judge(ItemFacts facts)
    {
        var arthroscopic = PresentOf(facts, FactKind.ArthroscopicSurgery);
        if (arthroscopic.Count > 0)
        {
            return NotMet("An arthroscopic or endoscopic procedure is low-risk surgery, for which an ECG is not recommended.", arthroscopic);
        }

        var risk = PresentOf(facts, FactKind.CardiacRiskFactor);
        return risk.Count > 0
            ? Met("A cardiac risk factor is documented for a surgery that is not low-risk.", risk)
            : NotMet("No cardiac risk factor is documented.");
    }
}
