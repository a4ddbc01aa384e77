using System.Globalization;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Surgery;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>CPM is an option after knee arthroplasty or ACL reconstruction for a short time; not for the rotator cuff.</summary>
[Rule<AssociatedSurgicalServicesPolicy>("NonMTUS.ODG.AssociatedSurgicalServices.ContinuousPassiveMotion", Guideline = "Official Disability Guidelines (ODG)",
    Section = "Knee, Continuous passive motion (CPM); Shoulder, Continuous passive motion (CPM)",
    Criterion = "Knee: recommended for home use up to 17 days after total knee arthroplasty (or ACL reconstruction) while patients are at risk of a stiff knee; shoulder: not recommended for rotator cuff problems.")]
public sealed class ContinuousPassiveMotion : AssociatedServiceRule
{
    /// <summary>Days of home use after knee surgery ODG allows.</summary>
    public const int MaximumDays = 17;

    /// <inheritdoc/>
    private protected override AssociatedService Service => AssociatedService.ContinuousPassiveMotion;

    /// <inheritdoc/>
    protected override CriterionResult Judge(ItemFacts facts)
    {
        var knee = PresentOf(facts, FactKind.KneeArthroplasty, FactKind.AclReconstruction);
        if (knee.Count == 0)
        {
            var shoulder = PresentOf(facts, FactKind.ShoulderRepairSurgery);
            return shoulder.Count > 0
                ? NotMet("CPM is not recommended after rotator cuff or other shoulder repair.", shoulder)
                : NotDocumented("The surgery the device follows is not one for which CPM is recommended.", "a knee arthroplasty or ACL reconstruction");
        }

        if (SurgicalFacts.DaysOfUse(facts) is not int days)
        {
            return NotDocumented("The request does not state how long the device is to be used.", "the duration of CPM use (up to 17 days)", knee);
        }

        var text = days.ToString(CultureInfo.InvariantCulture);
        return days <= MaximumDays
            ? Met($"{text} days of use are within the {MaximumDays} days after knee surgery.", knee)
            : NotMet($"{text} days of use exceed the {MaximumDays} days after knee surgery.", knee);
    }
}
