namespace GuidelineEngine.Facts.Vocabulary;

/// <summary>How MTUS (CPMTG pp. 111-113) rates an ingredient for topical use.</summary>
public enum TopicalRating
{
    /// <summary>Recommended topically for its indication.</summary>
    Recommended,

    /// <summary>Only under conditions, e.g. capsaicin after other treatments failed.</summary>
    Conditional,

    /// <summary>Only as a patch (lidocaine).</summary>
    PatchOnly,

    /// <summary>Not recommended topically.</summary>
    NotRecommended,
}
