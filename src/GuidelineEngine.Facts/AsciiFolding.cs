using System.Buffers;

namespace GuidelineEngine.Facts;

/// <summary>
/// The case folding that ignore-case matching of ASCII patterns needs: ASCII capitals to small
/// letters. A text holding a character outside ASCII that ignore-case matching treats as an ASCII
/// letter (the Kelvin sign for k, the long s, the dotted and dotless i) is left to the patterns
/// themselves by the fast paths that fold this way.
/// </summary>
internal static class AsciiFolding
{
    /// <summary>The characters outside ASCII whose small or capital form is ASCII.</summary>
    public static SearchValues<char> FoldingToAscii { get; } = SearchValues.Create(
        [.. Enumerable.Range(128, char.MaxValue - 127).Select(c => (char)c)
            .Where(c => char.ToLowerInvariant(c) < 128 || char.ToUpperInvariant(c) < 128)]);

    /// <summary>An ASCII capital as its small letter; every other character as it is.</summary>
    public static char Fold(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
}
