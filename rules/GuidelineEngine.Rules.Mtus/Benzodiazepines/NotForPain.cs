using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Benzodiazepines;

/// <summary>
/// A benzodiazepine needs a non-pain indication such as anxiety; the CPMTG names none for pain, and ODG, which
/// reviewers cite for it, recommends against benzodiazepines for acute or chronic pain.
/// </summary>
[Rule<BenzodiazepinesPolicy>("NonMTUS.ODG.Benzodiazepines.NotForPain", Guideline = "Official Disability Guidelines (ODG)", Section = "Pain (Chronic), Benzodiazepines",
    Criterion = "Not recommended for the treatment of acute or chronic pain; a short course may treat anxiety or agitation.")]
public sealed class NotForPain : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "Anxiety or agitation, a non-pain indication for the benzodiazepine, is documented.",
            "anxiety, agitation or panic for which the benzodiazepine is prescribed (it is not recommended for pain)", FactKind.Anxiety);
    }
}
