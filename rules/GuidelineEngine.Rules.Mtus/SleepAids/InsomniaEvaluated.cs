using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.SleepAids;

/// <summary>A hypnotic needs a documented sleep disturbance whose causes have been evaluated.</summary>
[Rule<SleepAidsPolicy>("NonMTUS.ODG.SleepAids.InsomniaEvaluated", Guideline = "Official Disability Guidelines (ODG)", Section = "Pain (Chronic), Insomnia treatment",
    Criterion = "Treatment should be based on the etiology; pharmacological agents should only be used after careful evaluation of potential causes of sleep disturbance.")]
public sealed class InsomniaEvaluated : CriterionRule
{
    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RequireDocumented(facts, "A sleep disturbance is documented.", "insomnia or a sleep disturbance and its evaluation", FactKind.Insomnia);
    }
}
