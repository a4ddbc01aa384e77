namespace GuidelineEngine.Model;

/// <summary>An IMR final determination letter, read into its parts.</summary>
public sealed record Letter
{
    /// <summary>The path the letter was read from.</summary>
    public required string File { get; init; }

    /// <summary>The header block; all fields empty for letters without one.</summary>
    public required LetterHeader Header { get; init; }

    /// <summary>The patient's age and sex as the clinical summary states them.</summary>
    public required Patient Patient { get; init; }

    /// <summary>The expert reviewer's specialty and licensure.</summary>
    public required Reviewer Reviewer { get; init; }

    /// <summary>The CLINICAL CASE SUMMARY text, line by line as in the letter.</summary>
    public required string ClinicalSummary { get; init; }

    /// <summary>The disputed items in the order the letter lists them.</summary>
    public required IReadOnlyList<DisputedItem> Items { get; init; }

    /// <summary>
    /// What was read but looks wrong (a repeated item heading, a number for an item name, text
    /// that was not UTF-8), for a reviewer to check; empty when nothing did.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
