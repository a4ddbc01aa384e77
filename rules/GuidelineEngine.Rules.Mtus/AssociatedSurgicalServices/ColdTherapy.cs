using System.Globalization;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Surgery;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>Continuous-flow cryotherapy is an option after surgery for up to 7 days.</summary>
[Rule<AssociatedSurgicalServicesPolicy>("NonMTUS.ODG.AssociatedSurgicalServices.ColdTherapy", Guideline = "Official Disability Guidelines (ODG)",
    Section = "Shoulder and Knee, Continuous-flow cryotherapy",
    Criterion = "Recommended as an option after surgery, but not for nonsurgical treatment; postoperative use generally may be up to 7 days, including home use.")]
public sealed class ColdTherapy : AssociatedServiceRule
{
    /// <summary>Days of post-operative use ODG allows.</summary>
    public const int MaximumDays = 7;

    /// <inheritdoc/>
    private protected override AssociatedService Service => AssociatedService.ColdTherapy;

    /// <inheritdoc/>
    protected override CriterionResult Judge(ItemFacts facts)
    {
        if (SurgicalFacts.DaysOfUse(facts) is not int days)
        {
            return NotDocumented("The request does not state how long the unit is to be used.", "the duration of cold therapy use (up to 7 days after surgery)");
        }

        var text = days.ToString(CultureInfo.InvariantCulture);
        return days <= MaximumDays
            ? Met($"{text} days of use are within the {MaximumDays} days after surgery.", SurgicalFacts.InHeading(facts, FactKind.DaysOfUse))
            : NotMet($"{text} days of use exceed the {MaximumDays} days after surgery.", SurgicalFacts.InHeading(facts, FactKind.DaysOfUse));
    }
}
