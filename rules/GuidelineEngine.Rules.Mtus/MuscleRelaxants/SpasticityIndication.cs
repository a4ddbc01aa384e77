using GuidelineEngine.Facts;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.MuscleRelaxants;

/// <summary>Baclofen and dantrolene are for spasticity of multiple sclerosis or spinal cord injury.</summary>
[Rule<MuscleRelaxantsPolicy>("MTUS.CPMTG.MuscleRelaxants.SpasticityIndication", Editions = GuidelineEditions.Cpmtg, Pages = "64-65",
    Criterion = "Baclofen: spasticity and muscle spasm related to multiple sclerosis and spinal cord injuries; dantrolene: spasticity, not musculoskeletal pain.")]
public sealed class SpasticityIndication : CriterionRule
{
    /// <inheritdoc/>
    public override string? NotApplicableBecause(ItemFacts facts) =>
        facts is not null && SpasticityDrugs.IsRequested(facts) ? null : "The requested relaxant is not baclofen or dantrolene.";

    /// <inheritdoc/>
    public override CriterionResult Evaluate(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var condition = RequireDocumented(facts, "Multiple sclerosis or spinal cord injury is documented.",
            "multiple sclerosis or a spinal cord injury", FactKind.MultipleSclerosis, FactKind.SpinalCordInjury);
        if (condition.Status != CriterionStatus.Met)
        {
            return condition;
        }

        return RequireDocumented(facts, "Multiple sclerosis or spinal cord injury with spasticity or spasm is documented.",
            "spasticity or muscle spasm", FactKind.MuscleSpasm) is { Status: CriterionStatus.Met } spasm
            ? spasm with { Evidence = [.. condition.Evidence, .. spasm.Evidence] }
            : condition with { Status = CriterionStatus.NotDocumented, Reason = "Not documented: spasticity or muscle spasm.", MissingDocumentation = "spasticity or muscle spasm" };
    }
}
