using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Surgery;

namespace GuidelineEngine.Rules.Mtus.Antiemetics;

/// <summary>
/// Anti-emetics for their approved acute uses (after surgery among them), not for nausea from chronic opioid use.
/// Post-operative use follows the surgery of the same request where there is one.
/// </summary>
[Rule<AntiemeticsPolicy>("NonMTUS.ODG.Antiemetics.Indication", Guideline = "Official Disability Guidelines (ODG)", Section = "Pain (Chronic), Antiemetics (for opioid nausea)",
    Criterion = "Not recommended for nausea and vomiting secondary to chronic opioid use; ondansetron is FDA-approved for nausea and vomiting from chemotherapy and radiation, for postoperative use, and acutely for gastroenteritis.")]
public sealed class Indication : FollowingRule<SurgeryPolicy>
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts, IReadOnlyList<ItemDetermination> primaries)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!facts.Request.IsPostOperative)
        {
            return NotDocumented("No approved acute use is documented; anti-emetics are not recommended for nausea from chronic opioid use.",
                "an approved acute use (after surgery, chemotherapy or radiation, gastroenteritis)");
        }

        var surgery = RequestedSurgery.Of(primaries);
        return !surgery.IsRequested
            ? Met("The anti-emetic is requested for use after surgery, an approved use.")
            : surgery.IsSupported
                ? Met($"The anti-emetic is for use after {surgery.Deciding.Name}, predicted supported.")
                : NotMet($"The anti-emetic is for use after {surgery.Deciding.Name}, which is predicted not supported.");
    }
}
