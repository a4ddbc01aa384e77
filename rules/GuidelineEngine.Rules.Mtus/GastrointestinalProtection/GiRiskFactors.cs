using System.Globalization;
using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.GastrointestinalProtection;

/// <summary>A PPI with an NSAID only for patients at risk of gastrointestinal events.</summary>
[Rule<GastrointestinalProtectionPolicy>("MTUS.CPMTG.GastrointestinalProtection.GiRiskFactors", Editions = GuidelineEditions.Cpmtg, Pages = "68-69",
    Criterion = "Determine GI risk: age over 65; history of peptic ulcer, GI bleeding or perforation; aspirin, corticosteroid or anticoagulant use; high-dose or multiple NSAIDs. No risk factor: a PPI is not indicated.")]
public sealed class GiRiskFactors : CriterionRule
{
    /// <summary>Age above which a patient is at GI risk (p. 68).</summary>
    public const int RiskAge = 65;

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.PatientAge is int age && age > RiskAge)
        {
            return Met(string.Create(CultureInfo.InvariantCulture, $"The patient is {age}, over {RiskAge}."), facts.Evidence(FactKind.PatientAge));
        }

        return RequireDocumented(facts, "A gastrointestinal risk factor is documented.",
            "a gastrointestinal risk factor (age over 65, ulcer or GI bleeding, anticoagulant or steroid use, high-dose or multiple NSAIDs) or GI symptoms on NSAIDs",
            FactKind.GiRiskFactor);
    }
}
