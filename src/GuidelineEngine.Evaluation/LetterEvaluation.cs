namespace GuidelineEngine.Evaluation;

/// <summary>One letter of a batch evaluated: its items, or the reason it could not be read.</summary>
/// <param name="File">The file.</param>
/// <param name="CaseNumber">The IMR case number, when the letter has a header.</param>
/// <param name="Error">Why the letter could not be read; null when it was.</param>
/// <param name="Items">The evaluated items.</param>
/// <param name="ClinicalSummary">The clinical summary, for highlighting evidence.</param>
/// <param name="Reviewer">The expert reviewer's specialty and licensure, when the letter states them.</param>
/// <param name="DecisionDate">The date of the IMR final determination, when the header states it.</param>
public sealed record LetterEvaluation(string File, string? CaseNumber, string? Error, IReadOnlyList<EvaluatedItem> Items, string? ClinicalSummary = null, Model.Reviewer? Reviewer = null, DateOnly? DecisionDate = null)
{
    /// <summary>What was read but looks wrong, for a reviewer to check; empty when nothing did.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

