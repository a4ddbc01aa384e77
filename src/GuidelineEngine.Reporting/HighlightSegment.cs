namespace GuidelineEngine.Reporting;

/// <summary>
/// A run of a clinical text as the report and the pre-screen page show it: plain, or a
/// highlighted sentence with the criteria it is evidence for.
/// </summary>
/// <param name="Text">The text of the run, as written.</param>
/// <param name="Supports">The short names of the criteria it is evidence for; empty for plain text.</param>
public sealed record HighlightSegment(string Text, IReadOnlyList<string> Supports)
{
    /// <summary>True when the run is a highlighted sentence.</summary>
    public bool IsHighlight => Supports.Count > 0;
}
