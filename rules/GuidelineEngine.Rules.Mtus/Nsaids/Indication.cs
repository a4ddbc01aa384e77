using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Nsaids;

/// <summary>
/// A newly started NSAID needs one of the indications the CPMTG names: osteoarthritis, or an acute exacerbation
/// of (back) pain, where the NSAID is second-line after acetaminophen.
/// </summary>
[Rule<NsaidsPolicy>("MTUS.CPMTG.Nsaids.Indication", Editions = GuidelineEditions.Cpmtg, Pages = "67-68",
    Criterion = "Osteoarthritis: recommended at the lowest dose for the shortest period. Back pain, acute exacerbations of chronic pain: recommended as a second-line treatment after acetaminophen.")]
public sealed class Indication : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Request.Use == RequestUse.Continued ? "The NSAID is already taken; continued use is judged by its documented benefit." : null;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Status(FactKind.Osteoarthritis) == Polarity.Present)
        {
            return Met("Osteoarthritis, an indication for NSAIDs, is documented.", facts.Evidence(FactKind.Osteoarthritis));
        }

        if (facts.Status(FactKind.AcuteExacerbation) != Polarity.Present)
        {
            return NotDocumented("No indication the CPMTG names for an NSAID is documented.",
                "osteoarthritis, or an acute exacerbation of pain after acetaminophen");
        }

        return facts.Status(FactKind.AcetaminophenTrial) == Polarity.Present
            ? Met("An acute exacerbation after acetaminophen is documented; the NSAID is second-line.",
                facts.Evidence(FactKind.AcuteExacerbation), facts.Evidence(FactKind.AcetaminophenTrial))
            : NotDocumented("An acute exacerbation is documented, but not acetaminophen first; the NSAID is second-line after it.",
                "a trial of acetaminophen before the NSAID", facts.Evidence(FactKind.AcuteExacerbation));
    }
}
