using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Surgery;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>
/// The services that follow a surgery: assistant surgeon, pre-operative clearance and tests,
/// post-operative therapy (MTUS Postsurgical Treatment Guidelines), cold therapy, slings and
/// braces, CPM, home health and inpatient rehabilitation after surgery. They are decided after the
/// surgery of the same request: a surgery predicted not medically necessary takes its services
/// with it; otherwise each is judged on its own criterion. An item is claimed when its heading marks
/// it as pre- or post-operative or as an associated surgical service, or, for home health and
/// inpatient rehabilitation, when the summary shows a surgery already performed. Drugs (post-op
/// opioids, antiemetics) stay with their drug topics.
/// </summary>
public sealed class AssociatedSurgicalServicesPolicy : TopicPolicy
{
    /// <inheritdoc/>
    public override string Name => "AssociatedSurgicalServices";

    /// <summary>Above the surgery itself, equipment, laboratory and physical medicine: a post-operative service is judged as one.</summary>
    public override int Precedence => 90;

    /// <inheritdoc/>
    public override bool Covers(ItemFacts facts)
    {
        if (facts is null || facts.Request.Drugs.Count > 0)
        {
            return false;
        }

        var service = AssociatedServices.Of(facts);
        return service != AssociatedService.None
            && (SurgicalFacts.IsPerioperative(facts)
                || (AssociatedServices.IsAfterCare(service) && facts.Status(FactKind.SurgeryPerformed) == Polarity.Present));
    }
}
