using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Antiemetics;

/// <summary>
/// Anti-emetics for their approved acute uses (after surgery among them), not for nausea from chronic opioid use.
/// Post-operative use follows the surgery of the same request where there is one.
/// </summary>
[Rule<AntiemeticsPolicy>("NonMTUS.ODG.Antiemetics.Indication", Guideline = "Official Disability Guidelines (ODG)", Section = "Pain (Chronic), Antiemetics (for opioid nausea)",
    Criterion = "Not recommended for nausea and vomiting secondary to chronic opioid use; ondansetron is FDA-approved for nausea and vomiting from chemotherapy and radiation, for postoperative use, and acutely for gastroenteritis.")]
public sealed class Indication : RequestCriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts, RequestContext request)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(request);
        if (!facts.Request.IsPostOperative)
        {
            return NotDocumented("No approved acute use is documented; anti-emetics are not recommended for nausea from chronic opioid use.",
                "an approved acute use (after surgery, chemotherapy or radiation, gastroenteritis)");
        }

        return request.Primaries.Count == 0
            ? Met("The anti-emetic is requested for use after surgery, an approved use.")
            : request.Primaries.Any(p => p.Predicted == Determination.Overturned)
                ? Met($"The anti-emetic is for use after {Surgery(request, Determination.Overturned)}, predicted supported.")
                : NotMet($"The anti-emetic is for use after {Surgery(request, Determination.Upheld)}, which is predicted not supported.");
    }

    private static string Surgery(RequestContext request, Determination predicted) =>
        request.Primaries.FirstOrDefault(p => p.Predicted == predicted)?.Name ?? request.Primaries[0].Name;
}
