using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>Pre-operative electrolytes and creatinine are for chronic disease or medications that predispose to electrolyte or renal problems.</summary>
[Rule<AssociatedSurgicalServicesPolicy>("NonMTUS.ODG.AssociatedSurgicalServices.PreoperativeMetabolicPanel", Guideline = "Official Disability Guidelines (ODG)",
    Section = "Low Back, Preoperative lab testing",
    Criterion = "Electrolyte and creatinine testing should be performed in patients with underlying chronic disease and those taking medications that predispose them to electrolyte abnormalities or renal failure.")]
public sealed class PreoperativeMetabolicPanel : AssociatedServiceRule
{
    /// <inheritdoc/>
    private protected override AssociatedService Service => AssociatedService.MetabolicPanel;

    /// <inheritdoc/>
    protected override CriterionResult Judge(ItemFacts facts)
    {
        var indication = PresentOf(facts, FactKind.ChronicDisease, FactKind.ElectrolyteRiskMedication);
        return indication.Count > 0
            ? Met("A chronic disease or a medication that predisposes to electrolyte abnormalities or renal failure is documented.", indication)
            : NotMet("No chronic disease and no medication that predisposes to electrolyte abnormalities or renal failure are documented.");
    }
}
