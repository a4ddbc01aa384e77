using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Acupuncture;

/// <summary>Acupuncture is an option when pain medication is reduced or not tolerated, or an adjunct to physical rehabilitation or surgery.</summary>
[Rule<AcupuncturePolicy>("MTUS.Acupuncture.Acupuncture.Indication", Guideline = "MTUS Acupuncture Medical Treatment Guidelines (2007)", Section = "8 CCR 9792.24.1", Criterion = "Acupuncture is used as an option when pain medication is reduced or not tolerated; it may be used as an adjunct to physical rehabilitation and/or surgical intervention to hasten functional recovery.")]
public sealed class Indication : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Status(FactKind.PriorAcupuncture) == Polarity.Present
            ? NotApplicable("Acupuncture was already given; whether to extend it depends on its functional improvement.")
            : RequireDocumented(facts, "Acupuncture would be an adjunct to rehabilitation or surgery, or pain medication is reduced or not tolerated.",
                "reduced or not tolerated pain medication, or physical rehabilitation or surgery it would be an adjunct to",
                FactKind.MedicationReducedOrNotTolerated, FactKind.ActiveRehabilitation, FactKind.RecentSurgery);
    }
}
