using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.Nsaids;

/// <summary>Long-term NSAID use is monitored with periodic laboratory tests.</summary>
[Rule<NsaidsPolicy>("MTUS.CPMTG.Nsaids.LabMonitoring", Editions = GuidelineEditions.Cpmtg, Pages = "70",
    Criterion = "Package inserts for NSAIDs recommend periodic lab monitoring of a CBC and chemistry profile (including liver and renal function tests).")]
public sealed class LabMonitoring : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts?.Request.Use == RequestUse.Continued ? null : facts?.Request.Use == RequestUse.NotStated ? "The NSAID is not documented as already taken; monitoring applies to continued use." : "The NSAID is newly requested; monitoring applies to continued use.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts) =>
        RequireDocumented(facts, "Laboratory monitoring is documented.",
            "periodic laboratory monitoring (CBC, liver and renal function) during continued NSAID use", FactKind.LabMonitoring);
}
