using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Rules.Mtus.Therapies;

namespace GuidelineEngine.Rules.Mtus.Tens;

/// <summary>A unit is bought only after a successful one-month home trial.</summary>
[Rule<TensPolicy>("MTUS.CPMTG.Tens.HomeTrialBeforePurchase", Pages = "114-116", Criterion = "A one-month trial period of the TENS unit should be documented, with how often it was used and the outcomes in pain relief and function, before purchase.")]
public sealed class HomeTrialBeforePurchase : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!HeadingFacts.Says(facts, FactKind.EquipmentPurchase))
        {
            return NotApplicable("The request is not for a purchase.");
        }

        return facts.Status(FactKind.TensTrialCompleted) == Polarity.Present
            ? Met("A home trial of the unit is documented.", facts.Evidence(FactKind.TensTrialCompleted))
            : NotMet("A purchase is requested without a documented one-month home trial.");
    }
}
