using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Surgery;

namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>
/// A service of a surgery is necessary only if the surgery is: when the request's surgery is
/// predicted not medically necessary, so is each service that follows it. When the surgery is
/// predicted necessary, or the request holds none (it was done or decided before), the service is
/// judged on its own criteria.
/// </summary>
[Rule<AssociatedSurgicalServicesPolicy>("MTUS.ACOEM.AssociatedSurgicalServices.PrimarySurgery",
    Guideline = "MTUS ACOEM Practice Guidelines (2004), Surgical Considerations",
    Section = "the chapter of the surgery the service follows (reviewers cite no guideline for this step)",
    Criterion = "As the requested surgical intervention is not medically necessary, the associated services are not medically necessary.")]
public sealed class PrimarySurgery : FollowingRule<SurgeryPolicy>
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts, IReadOnlyList<ItemDetermination> primaries)
    {
        ArgumentNullException.ThrowIfNull(facts);

        // In audit, what the reviewer states of the surgery decides (the rationale alone holds this kind).
        var stated = facts.Evidence(FactKind.PrimarySurgerySupported);
        switch (facts.Status(FactKind.PrimarySurgerySupported))
        {
            case Polarity.Present:
                return Met("The reviewer states the surgery it follows is supported; the service is judged on its own criteria.", stated);
            case Polarity.Absent when stated.All(f => f.Absence == Absence.Finding):
                return NotMet("The reviewer states the surgery it follows is not medically necessary, so this service is not necessary either.", stated);
        }

        var surgery = RequestedSurgery.Of(primaries);
        if (!surgery.IsRequested)
        {
            return NotApplicable("The request holds no surgery; the service is judged on its own criteria.");
        }

        var deciding = surgery.Deciding;
        return surgery.IsSupported
            ? Met($"The surgery it follows, item {deciding.Number} ({deciding.Name}), is predicted medically necessary; the service is judged on its own criteria.")
            : NotMet($"The surgery it follows, item {deciding.Number} ({deciding.Name}), is predicted not medically necessary (Upheld), so this service is predicted not necessary either.");
    }
}
