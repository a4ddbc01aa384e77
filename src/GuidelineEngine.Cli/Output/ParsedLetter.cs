using GuidelineEngine.Model;
using GuidelineEngine.Reading;

namespace GuidelineEngine.Cli.Output;

/// <summary>One letter as <c>guideline parse --format json</c> writes it: the letter, or its error.</summary>
internal sealed record ParsedLetter(
    string File,
    string? CaseNumber,
    string? Error,
    LetterHeader? Header,
    Patient? Patient,
    Reviewer? Reviewer,
    string? ClinicalSummary,
    IReadOnlyList<DisputedItem> Items,
    IReadOnlyList<string> Warnings)
{
    public static ParsedLetter From(LetterReadResult result) => result.Letter is { } letter
        ? new ParsedLetter(letter.File, letter.Header.CaseNumber, null, letter.Header, letter.Patient, letter.Reviewer, letter.ClinicalSummary, letter.Items, letter.Warnings)
        : new ParsedLetter(result.File, null, result.Error?.ToString(), null, null, null, null, [], []);
}
