namespace GuidelineEngine.Facts;

/// <summary>The part of the letter a fact came from.</summary>
public enum SourceSection
{
    /// <summary>The CLINICAL CASE SUMMARY.</summary>
    Summary,

    /// <summary>The disputed item's heading.</summary>
    ItemHeading,

    /// <summary>The reviewer's decision rationale (audit mode only).</summary>
    Rationale,

    /// <summary>The letter header block.</summary>
    Header,
}
