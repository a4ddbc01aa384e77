using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Model;

namespace GuidelineEngine.Application.UseCases;

/// <summary>
/// Lists a letter's facts per item as the rules would see them (<c>guideline facts</c>), so that
/// hosts reach fact extraction through the application like every other use case.
/// </summary>
public sealed class LetterFacts(FactExtractor extractor)
{
    /// <summary>The facts of each disputed item, in item order, extracted in <paramref name="mode"/>.</summary>
    public IReadOnlyList<ItemFacts> Extract(Letter letter, EvaluationMode mode) => extractor.ExtractAll(letter, mode);
}
