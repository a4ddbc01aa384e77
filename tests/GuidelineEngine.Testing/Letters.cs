using GuidelineEngine.Model;
using GuidelineEngine.Reading;

namespace GuidelineEngine.Testing;

/// <summary>The seed and corpus letters, read once for all the fact tests.</summary>
public static class Letters
{
    private static readonly Lazy<IReadOnlyList<Letter>> SeedLetters = new(() => ReadAll(TestPaths.Seeds));
    private static readonly Lazy<IReadOnlyList<Letter>> CorpusLetters = new(() => ReadAll(TestPaths.CorpusLetters));

    /// <summary>The seed letters.</summary>
    public static IReadOnlyList<Letter> Seeds => SeedLetters.Value;

    /// <summary>The development corpus letters.</summary>
    public static IReadOnlyList<Letter> Corpus => CorpusLetters.Value;

    /// <summary>The seed letter whose file name starts with <paramref name="number"/>.</summary>
    public static Letter Seed(string number) => Seeds.Single(l => Path.GetFileName(l.File).StartsWith(number + "_", StringComparison.Ordinal));

    private static List<Letter> ReadAll(string folder) =>
        [.. new LetterReader().ReadAll([folder]).Select(r => r.Letter ?? throw new InvalidOperationException(r.Error!.ToString()))];
}
