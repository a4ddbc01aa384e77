using System.Text.RegularExpressions;

namespace GuidelineEngine.Reading.Parsing;

/// <summary>
/// Whether a decision rationale reaches its conclusion. Every rationale ends by stating whether
/// the request is medically necessary ("Therefore, the request is not medically necessary."); the
/// last item's rationale is the one place a cut-off letter can stop without breaking any other
/// structure, so a last rationale that stops before such a sentence marks a cut-off letter.
/// </summary>
internal static partial class RationaleEnding
{
    private const int QuotedLength = 80;

    /// <summary>
    /// True when the rationale ends a sentence (or, as one real letter does, ends on "necessary"
    /// without its full stop) and its final sentence states the decision.
    /// </summary>
    public static bool StatesConclusion(string rationale) =>
        EndsSentence(rationale) && Conclusion().IsMatch(FinalSentence(rationale));

    /// <summary>True when the rationale ends a sentence (or ends on "necessary" without its full stop).</summary>
    public static bool EndsSentence(string rationale) => Ended().IsMatch(rationale);

    /// <summary>The rationale's last words, to quote where a cut-off letter stops.</summary>
    public static string LastWords(string rationale)
    {
        var text = Whitespace().Replace(rationale, " ").Trim();
        return text.Length <= QuotedLength ? text : "..." + text[^QuotedLength..];
    }

    private static string FinalSentence(string rationale)
    {
        var text = rationale.TrimEnd();
        var end = SentenceEnd().Matches(text).LastOrDefault();
        return end is null ? text : text[(end.Index + end.Length)..];
    }

    // A sentence ends at . ! or ? (perhaps closing a quote or bracket) followed by white space;
    // the text's own final full stop is not followed by any, so the final sentence keeps it.
    [GeneratedRegex(@"[.!?][""'”)\]]*\s+", RegexOptions.None, 1000)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:[.!?][""'”)\]]*|\bnecessary)\s*$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Ended();

    [GeneratedRegex(@"\b(?:necessary|necessity|requests?|requested|wean(?:ing)?)\b", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Conclusion();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
