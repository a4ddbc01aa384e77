namespace GuidelineEngine.Facts.Requests;

/// <summary>Whether the requested drug is started or continued.</summary>
public enum RequestUse
{
    /// <summary>Newly requested: the record says the drug is being started ("start", "a trial of", "newly prescribed").</summary>
    New,

    /// <summary>Continued: the record shows the patient already taking it.</summary>
    Continued,

    /// <summary>
    /// The record does not say whether the drug is new or continued. Criteria that depend on it are
    /// not documented, never judged as if the drug were new.
    /// </summary>
    NotStated,
}
