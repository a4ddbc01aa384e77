using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>
/// An assistant surgeon is for a complex surgery: a rotator cuff or instability repair, a
/// ligament reconstruction, an arthroplasty or spine surgery; not for a meniscectomy, a carpal
/// tunnel or trigger finger release.
/// </summary>
[Rule<AssociatedSurgicalServicesPolicy>("NonMTUS.ODG.AssociatedSurgicalServices.SurgicalAssistant", Guideline = "Official Disability Guidelines (ODG)",
    Section = "Shoulder, Knee and Low Back chapters, Surgical assistant",
    Criterion = "Recommended as an option in more complex surgeries as identified by the CMS assistant-at-surgery indicator.")]
public sealed class SurgicalAssistant : AssociatedServiceRule
{
    /// <inheritdoc/>
    private protected override AssociatedService Service => AssociatedService.Assistant;

    /// <inheritdoc/>
    protected override CriterionResult Judge(ItemFacts facts)
    {
        var complex = PresentOf(facts, FactKind.ShoulderRepairSurgery, FactKind.AclReconstruction, FactKind.KneeArthroplasty,
            FactKind.LumbarFusion, FactKind.CervicalFusion, FactKind.SpinalDecompressionSurgery);
        if (complex.Count > 0)
        {
            return Met("The surgery is a complex procedure for which an assistant is recommended.", complex);
        }

        var minor = PresentOf(facts, FactKind.KneeMeniscusSurgery, FactKind.CarpalTunnelRelease, FactKind.TriggerFingerRelease);
        return minor.Count > 0
            ? NotMet("The surgery is not a complex procedure that calls for an assistant.", minor)
            : NotDocumented("The surgery the assistant is for is not identified as complex.", "a complex surgery that calls for an assistant");
    }
}
