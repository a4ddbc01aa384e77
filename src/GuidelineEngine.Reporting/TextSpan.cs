namespace GuidelineEngine.Reporting;

/// <summary>A run of characters of a text.</summary>
/// <param name="Start">The offset of its first character.</param>
/// <param name="Length">Its length.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past its last character.</summary>
    public int End => Start + Length;
}
