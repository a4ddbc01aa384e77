using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.Orthosis;

/// <summary>Elbow immobilization is avoided; a counterforce support is for epicondylalgia.</summary>
[Rule<OrthosisPolicy>("MTUS.ACOEM.Orthosis.ElbowSupportIndication", Guideline = "MTUS ACOEM Elbow Disorders (2007)", Section = "Recommendations", Criterion = "Immobilization of the elbow should be avoided except after surgery; epicondylalgia supports (counterforce braces) are an option for lateral or medial epicondylalgia.")]
public sealed class ElbowSupportIndication : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts is not null && facts.Request.BodyParts.Any(p => p.Region == BodyRegion.Elbow) ? null : "The brace is not for the elbow.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Status(FactKind.Epicondylitis) == Polarity.Present
            ? Met("Epicondylalgia, for which a counterforce support is an option, is diagnosed.", facts.Evidence(FactKind.Epicondylitis))
            : NotMet("No epicondylalgia is documented; immobilization of the elbow should be avoided.");
    }
}
