using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.ShoulderImaging;

/// <summary>Shoulder imaging waits for a 4 to 6 week period of conservative care unless a red flag is present.</summary>
[Rule<ShoulderImagingPolicy>("MTUS.ACOEM.ShoulderImaging.ObservationPeriod", Guideline = "MTUS ACOEM Shoulder Complaints (2004)", Section = "Special Studies", Pages = "207",
    Criterion = "Special studies are not needed unless a 4 to 6 week period of conservative care and observation fails to improve symptoms, provided red flag conditions are ruled out.")]
public sealed class ObservationPeriod() : ObservationPeriodRule(MinimumWeeks)
{
    /// <summary>The lower bound of "a 4 to 6 week period".</summary>
    public const int MinimumWeeks = 4;
}
