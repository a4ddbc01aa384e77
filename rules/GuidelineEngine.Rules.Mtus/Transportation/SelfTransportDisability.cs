using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Transportation;

/// <summary>Transportation for patients whose disability prevents them from transporting themselves.</summary>
[Rule<TransportationPolicy>("NonMTUS.ODG.Transportation.SelfTransportDisability", Guideline = "Official Disability Guidelines (ODG)", Section = "Knee and Leg, Transportation (to and from appointments)", Criterion = "Recommended for medically necessary transportation to appointments in the same community for patients with disabilities preventing them from self-transport.")]
public sealed class SelfTransportDisability : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "A disability preventing self-transport is documented.", "a disability that prevents the patient from transporting himself or herself", FactKind.UnableToSelfTransport);
    }
}
