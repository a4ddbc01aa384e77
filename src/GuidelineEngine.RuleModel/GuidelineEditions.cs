namespace GuidelineEngine.RuleModel;

/// <summary>
/// The guideline editions a rule belongs to; the editions in force are chosen by the request date
/// (<c>GuidelineEditionSelector</c>): CPMTG 2009 before 28 July 2016; CPMTG 2016 and the Opioid Treatment
/// Guideline 2016 from 28 July 2016; the ACOEM-based Chronic Pain and Opioids guidelines from 1 December 2017.
/// </summary>
[Flags]
public enum GuidelineEditions
{
    /// <summary>No edition.</summary>
    None = 0,

    /// <summary>MTUS Chronic Pain Medical Treatment Guidelines, 2009 (8 CCR 9792.24.2).</summary>
    Cpmtg2009 = 1,

    /// <summary>The CPMTG as updated on 28 July 2016.</summary>
    Cpmtg2016 = 2,

    /// <summary>MTUS Opioid Treatment Guideline 2016 (8 CCR 9792.24.4), in force for requests from 28 July 2016.</summary>
    Otg2016 = 4,

    /// <summary>The ACOEM-based MTUS Chronic Pain Guideline, in force for services from 1 December 2017.</summary>
    ChronicPain2017 = 8,

    /// <summary>The ACOEM-based MTUS Opioids Guideline, in force for services from 1 December 2017.</summary>
    Opioids2017 = 16,

    /// <summary>Both CPMTG editions: a criterion the 2016 update did not change.</summary>
    Cpmtg = Cpmtg2009 | Cpmtg2016,

    /// <summary>
    /// Every edition: the default, for rules of guidelines that no edition change touched (e.g. the ACOEM 2004
    /// chapters, ODG), which keep applying whatever the date.
    /// </summary>
    Every = Cpmtg2009 | Cpmtg2016 | Otg2016 | ChronicPain2017 | Opioids2017,
}
