using System.Text.RegularExpressions;
using GuidelineEngine.Facts;

namespace GuidelineEngine.Extraction;

/// <summary>Splits clinical text into sentences, keeping each sentence's span in the source.</summary>
internal static partial class SentenceSplitter
{
    public static List<(int Start, int End)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            var end = boundary.Index + 1;
            if (!IsAbbreviation(text, boundary.Index))
            {
                Add(text, sentences, start, end);
                start = end;
            }
        }

        Add(text, sentences, start, text.Length);
        return sentences;
    }

    private static void Add(string text, List<(int, int)> sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end > start)
        {
            sentences.Add((start, end));
        }
    }

    // "Dr. Smith", "e.g. gabapentin", "vs. placebo", "at 3 P.M. he": a period that does not end a sentence.
    private static bool IsAbbreviation(string text, int period)
    {
        var wordStart = period;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..period];
        if (word.Length == 1 && IsDotted(text, wordStart, period))
        {
            return true;
        }

        return word is "Dr" or "Mr" or "Mrs" or "Ms" or "vs" or "e.g" or "i.e" or "g" or "e" or "i" or "approx" or "No" or "St" or "Jr";
    }

    // One letter of a dotted abbreviation ("P.M.", "a.m.", "b.i.d.", "U.S."): a letter and a period
    // before it, or a letter and a period after it.
    private static bool IsDotted(string text, int letter, int period) =>
        (letter >= 2 && text[letter - 1] == '.' && char.IsLetter(text[letter - 2]))
        || (period + 2 < text.Length && char.IsLetter(text[period + 1]) && text[period + 2] == '.');

    // A sentence ends at . ! or ? followed by white space or a capital letter ("record.The"), not inside "7.5".
    [GeneratedRegex(@"[.!?](?=\s|[A-Z]|$)")]
    private static partial Regex Boundary();
}
