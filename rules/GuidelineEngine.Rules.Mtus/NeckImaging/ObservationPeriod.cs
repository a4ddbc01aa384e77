using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Rules.Mtus.NeckImaging;

/// <summary>Neck imaging waits for a three or four week period of conservative care unless a red flag is present.</summary>
[Rule<NeckImagingPolicy>("MTUS.ACOEM.NeckImaging.ObservationPeriod", Guideline = "MTUS ACOEM Neck and Upper Back Complaints (2004)", Section = "Special Studies", Pages = "177",
    Criterion = "Special studies are not needed unless a three or four week period of conservative care and observation fails to improve symptoms, provided any red-flag conditions are ruled out.")]
public sealed class ObservationPeriod() : ObservationPeriodRule(MinimumWeeks)
{
    /// <summary>The lower bound of "a three or four week period".</summary>
    public const int MinimumWeeks = 3;
}
