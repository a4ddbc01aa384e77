namespace GuidelineEngine.Facts.Requests;

/// <summary>Whether the requested drug is started or continued.</summary>
public enum RequestUse
{
    /// <summary>Newly requested: the record does not show the patient taking it.</summary>
    New,

    /// <summary>Continued: the record shows the patient already taking it.</summary>
    Continued,
}
