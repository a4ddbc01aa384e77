using GuidelineEngine.Model;
using GuidelineEngine.Reading;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Facts.Tests;

/// <summary>The seed and corpus letters, read once for all the fact tests.</summary>
internal static class Letters
{
    private static readonly Lazy<IReadOnlyList<Letter>> SeedLetters = new(() => ReadAll(TestPaths.Seeds));
    private static readonly Lazy<IReadOnlyList<Letter>> CorpusLetters = new(() => ReadAll(TestPaths.CorpusLetters));

    public static IReadOnlyList<Letter> Seeds => SeedLetters.Value;

    public static IReadOnlyList<Letter> Corpus => CorpusLetters.Value;

    public static Letter Seed(string number) => Seeds.Single(l => Path.GetFileName(l.File).StartsWith(number + "_", StringComparison.Ordinal));

    private static List<Letter> ReadAll(string folder) =>
        [.. new LetterReader().ReadAll([folder]).Select(r => r.Letter ?? throw new InvalidOperationException(r.Error!.ToString()))];
}
