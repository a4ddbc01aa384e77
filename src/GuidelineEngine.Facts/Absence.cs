namespace GuidelineEngine.Facts;

/// <summary>How an absent fact is absent.</summary>
public enum Absence
{
    /// <summary>The text states the finding is absent: "no spasm on examination", "does not have multiple sclerosis".</summary>
    Finding,

    /// <summary>The text says it is not documented or unclear: "no documentation of", "it is unclear".</summary>
    Documentation,
}
