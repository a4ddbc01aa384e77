using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.MedicalFoods;

/// <summary>Medical foods are not recommended for chronic pain; the MTUS is silent, ODG is cited.</summary>
/// <remarks>No documentation can meet the criterion: ODG recommends against the product itself.</remarks>
[Rule<MedicalFoodsPolicy>("NonMTUS.ODG.MedicalFoods.NotForChronicPain", Guideline = "Official Disability Guidelines (ODG)", Section = "Pain (Chronic), Medical food",
    Criterion = "Not recommended for chronic pain: medical foods have not been shown to produce meaningful benefits or improvements in functional outcomes.")]
public sealed class NotForChronicPain : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return NotMet("Medical foods are not recommended for chronic pain.");
    }
}
