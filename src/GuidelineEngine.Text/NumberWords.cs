using System.Globalization;

namespace GuidelineEngine.Text;

/// <summary>Counts as clinical text writes them: digits, "six", "twelve", "twice".</summary>
public static class NumberWords
{
    /// <summary>The number words letters use, as one alternation for patterns: <c>one|two|...|twelve</c>.</summary>
    public const string Pattern = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["once"] = 1, ["twice"] = 2, ["thrice"] = 3,
    };

    /// <summary>The count <paramref name="text"/> writes, in digits or words; null when it is neither.</summary>
    public static int? Parse(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : Words.TryGetValue(text, out var word) ? word
            : null;
}
