using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.TopicalLidocaine;

/// <summary>Only the lidocaine patch (Lidoderm) is recommended; creams, lotions and gels are not.</summary>
[Rule<TopicalLidocainePolicy>("MTUS.CPMTG.TopicalLidocaine.PatchFormOnly", Editions = GuidelineEditions.Cpmtg, Pages = "112",
    Criterion = "No other commercially approved topical formulation of lidocaine (creams, lotions or gels) is indicated for neuropathic pain; only the dermal patch (Lidoderm).")]
public sealed class PatchFormOnly : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var form = facts.Request.Form;
        return form switch
        {
            "patch" or "pad" => Met("The request is for the lidocaine patch."),
            null => NotDocumented("The request does not say which form of lidocaine.", "the form of lidocaine requested (only the patch is recommended)"),
            _ => NotMet($"The request is for lidocaine {form}; only the patch is recommended."),
        };
    }
}
