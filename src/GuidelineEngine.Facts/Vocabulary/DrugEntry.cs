namespace GuidelineEngine.Facts.Vocabulary;

/// <summary>One drug or product of the vocabulary.</summary>
/// <param name="Name">Its canonical name.</param>
/// <param name="Class">Its class.</param>
/// <param name="Subclass">Its subclass, e.g. TCA or SNRI for antidepressants; null when none.</param>
/// <param name="Form">The dosage form the name implies, e.g. patch for Lidoderm; null when none.</param>
/// <param name="Ingredients">Its active ingredients.</param>
/// <param name="Aliases">Brand and generic names and misspellings that mean it.</param>
public sealed record DrugEntry(
    string Name,
    DrugClass Class,
    string? Subclass,
    string? Form,
    IReadOnlyList<string> Ingredients,
    IReadOnlyList<string> Aliases);
