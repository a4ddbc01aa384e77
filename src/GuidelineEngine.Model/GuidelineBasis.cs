namespace GuidelineEngine.Model;

/// <summary>
/// The "Claims Administrator guideline" or "MAXIMUS guideline" paragraph of a disputed item.
/// </summary>
/// <param name="Text">The paragraph as written, line breaks folded to spaces.</param>
/// <param name="Citations">The guidelines it cites; empty when it cites none.</param>
public sealed record GuidelineBasis(string Text, IReadOnlyList<GuidelineCitation> Citations);
