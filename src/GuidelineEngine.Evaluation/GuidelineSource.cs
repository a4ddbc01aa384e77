namespace GuidelineEngine.Evaluation;

/// <summary>Whether a prediction rests on the MTUS alone or also on a guideline outside it, which reports show apart.</summary>
public enum GuidelineSource
{
    /// <summary>Every criterion that applied is the MTUS's own.</summary>
    Mtus,

    /// <summary>A criterion that applied came from another evidence-based guideline, used where the MTUS is silent.</summary>
    NonMtus,
}
