namespace GuidelineEngine.RuleModel;

/// <summary>The guideline editions a rule belongs to; the edition in force is chosen by the request date.</summary>
[Flags]
public enum GuidelineEditions
{
    /// <summary>No edition.</summary>
    None = 0,

    /// <summary>MTUS Chronic Pain Medical Treatment Guidelines, 2009 (8 CCR 9792.24.2).</summary>
    Cpmtg2009 = 1,

    /// <summary>The CPMTG as updated on 28 July 2016.</summary>
    Cpmtg2016 = 2,
}
