using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.LumbarImaging;

/// <summary>Lumbar imaging waits for at least a month of conservative care unless a red flag is present.</summary>
[Rule<LumbarImagingPolicy>("MTUS.ACOEM.LumbarImaging.ObservationPeriod", Guideline = "MTUS ACOEM Low Back Complaints (2004)", Section = "Special Studies", Pages = "303",
    Criterion = "Imaging is for findings that do not respond to conservative management for at least a month, unless a red flag is present.")]
public sealed class ObservationPeriod() : ObservationPeriodRule(MinimumWeeks)
{
    /// <summary>"At least a month" of conservative care, in whole weeks.</summary>
    public const int MinimumWeeks = 4;
}
