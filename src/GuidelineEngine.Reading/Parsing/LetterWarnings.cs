using System.Text.RegularExpressions;
using GuidelineEngine.Model;

namespace GuidelineEngine.Reading.Parsing;

/// <summary>What a letter that reads may still get wrong: the warnings a reviewer should check.</summary>
internal static partial class LetterWarnings
{
    // A warning quotes a name, not a hostile wall of text.
    private const int QuotedLength = 80;

    public static IEnumerable<string> Of(Letter letter)
    {
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in letter.Items)
        {
            if (first.TryGetValue(item.Heading, out var earlier))
            {
                yield return $"item {item.Number} '{Quote(item.Request)}' repeats the heading of item {earlier}: check that the letter lists it twice";
            }
            else
            {
                first[item.Heading] = item.Number;
            }

            if (NumberOnly().IsMatch(item.Request))
            {
                yield return $"item {item.Number} is named only by a number ('{Quote(item.Request)}'): expected the request, e.g. \"Norco 10/325mg #60\"";
            }
        }

        if (letter.Items.Count > 0 && letter.Items[^1] is { } last && !RationaleEnding.StatesConclusion(last.Rationale))
        {
            yield return $"item {last.Number} '{Quote(last.Request)}' has a 'Decision rationale:' paragraph that ends without stating whether the request is medically necessary (it ends \"{RationaleEnding.LastWords(last.Rationale)}\"): the letter may be cut off, and items after it missing";
        }

        if (letter.ClinicalSummary.Contains('\uFFFD', StringComparison.Ordinal) || letter.Items.Any(i => i.Heading.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            yield return "the text holds replacement characters (\uFFFD) where characters could not be decoded: check the letter's encoding";
        }
    }

    private static string Quote(string text) => text.Length <= QuotedLength ? text : text[..QuotedLength] + "...";

    [GeneratedRegex(@"^[\d\s.,#/-]+$")]
    private static partial Regex NumberOnly();
}
