using GuidelineEngine.Facts;

namespace GuidelineEngine.Rules.Mtus.MuscleRelaxants;

/// <summary>Baclofen and dantrolene are for spasticity, not for short courses in low back pain.</summary>
internal static class SpasticityDrugs
{
    public static bool IsRequested(ItemFacts facts) =>
        facts.Request.Drug?.Name is "baclofen" or "dantrolene";
}
