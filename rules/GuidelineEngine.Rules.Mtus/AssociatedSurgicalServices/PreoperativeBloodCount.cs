using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>A pre-operative CBC is for a disease that raises the risk of anemia or a surgery with significant blood loss.</summary>
[Rule<AssociatedSurgicalServicesPolicy>("NonMTUS.ODG.AssociatedSurgicalServices.PreoperativeBloodCount", Guideline = "Official Disability Guidelines (ODG)",
    Section = "Low Back, Preoperative lab testing",
    Criterion = "A complete blood count is indicated for patients with diseases that increase the risk of anemia or patients in whom significant perioperative blood loss is anticipated.")]
public sealed class PreoperativeBloodCount : AssociatedServiceRule
{
    /// <inheritdoc/>
    private protected override AssociatedService Service => AssociatedService.BloodCount;

    /// <inheritdoc/>
    protected override CriterionResult Judge(ItemFacts facts)
    {
        var disease = PresentOf(facts, FactKind.AnemiaRisk);
        if (disease.Count > 0)
        {
            return Met("A disease that increases the risk of anemia is documented.", disease);
        }

        var bloodLoss = PresentOf(facts, FactKind.LumbarFusion, FactKind.CervicalFusion, FactKind.KneeArthroplasty);
        return bloodLoss.Count > 0
            ? Met("The surgery is one with significant anticipated blood loss.", bloodLoss)
            : NotMet("No anemia risk and no surgery with significant blood loss are documented.");
    }
}
