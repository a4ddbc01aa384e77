using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Surgery;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>
/// A sling or brace after shoulder surgery, or a brace after a knee ligament reconstruction, is
/// recommended; an abduction pillow sling only after open repair of a large or massive rotator
/// cuff tear, not after arthroscopy.
/// </summary>
[Rule<AssociatedSurgicalServicesPolicy>("NonMTUS.ODG.AssociatedSurgicalServices.PostoperativeSupport", Guideline = "Official Disability Guidelines (ODG)",
    Section = "Shoulder, Postoperative abduction pillow sling; Knee, Knee brace",
    Criterion = "A postoperative sling is generally recommended for 2-4 weeks after shoulder surgery; an abduction pillow sling is recommended as an option following open repair of large and massive rotator cuff tears, not arthroscopic repair.")]
public sealed class PostoperativeSupport : AssociatedServiceRule
{
    /// <inheritdoc/>
    private protected override AssociatedService Service => AssociatedService.Support;

    /// <inheritdoc/>
    protected override CriterionResult Judge(ItemFacts facts)
    {
        var abduction = SurgicalFacts.InHeading(facts, FactKind.AbductionSling);
        if (abduction.Count > 0)
        {
            return NotDocumented("An abduction pillow sling is recommended only after open repair of a large or massive rotator cuff tear, which is not documented.",
                "an open repair of a large or massive rotator cuff tear", abduction);
        }

        var shoulder = facts.Request.BodyParts.Any(p => p.Region == BodyRegion.Shoulder);
        var surgery = PresentOf(facts, FactKind.ShoulderRepairSurgery, FactKind.AclReconstruction);
        return shoulder || surgery.Count > 0
            ? Met("A sling or brace is recommended for the weeks after this surgery.", surgery)
            : NotDocumented("The surgery the sling or brace follows is not one after which it is recommended.", "a shoulder surgery or a knee ligament reconstruction");
    }
}
