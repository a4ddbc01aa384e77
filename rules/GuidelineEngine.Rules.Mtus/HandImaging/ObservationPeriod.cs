using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.HandImaging;

/// <summary>Hand and wrist imaging waits for a 4 to 6 week period of conservative care unless a red flag is present.</summary>
[Rule<HandImagingPolicy>("MTUS.ACOEM.HandImaging.ObservationPeriod", Guideline = "MTUS ACOEM Forearm, Wrist, and Hand Complaints (2004)", Section = "Special Studies", Pages = "268",
    Criterion = "Special studies are not needed until after a 4 to 6 week period of conservative care and observation.")]
public sealed class ObservationPeriod() : ObservationPeriodRule(MinimumWeeks)
{
    /// <summary>The lower bound of "a 4 to 6 week period".</summary>
    public const int MinimumWeeks = 4;
}
