using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Acupuncture;

/// <summary>Acupuncture may be extended only with documented functional improvement.</summary>
[Rule<AcupuncturePolicy>("MTUS.Acupuncture.Acupuncture.Extension", Guideline = "MTUS Acupuncture Medical Treatment Guidelines (2007)", Section = "8 CCR 9792.24.1", Criterion = "Acupuncture treatments may be extended if functional improvement is documented as defined in Section 9792.20(e).")]
public sealed class Extension : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Status(FactKind.PriorAcupuncture) == Polarity.Present
            ? RequireDocumented(facts, "Functional improvement from the earlier acupuncture is documented.",
                "functional improvement (9792.20(e)) from the acupuncture already given", FactKind.FunctionalImprovement)
            : NotApplicable("No earlier acupuncture is documented.");
    }
}
