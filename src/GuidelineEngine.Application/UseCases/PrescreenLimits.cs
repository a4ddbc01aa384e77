namespace GuidelineEngine.Application.UseCases;

/// <summary>
/// How much one pre-screen may ask. A real request has a few items of a few words and a note of
/// some pages; the caps leave room for far more and keep one request from holding the server.
/// </summary>
public static class PrescreenLimits
{
    /// <summary>The most items pre-screened at once.</summary>
    public const int MaxItems = 50;

    /// <summary>The longest item text, in characters (the longest of the development corpus has 150).</summary>
    public const int MaxItemLength = 500;

    /// <summary>The longest clinical note, in characters.</summary>
    public const int MaxClinicalTextLength = 200_000;
}
