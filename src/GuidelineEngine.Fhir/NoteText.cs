using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace GuidelineEngine.Fhir;

/// <summary>The text of a note's attachment: base64 <c>text/plain</c> as it is, <c>text/html</c> with its markup taken out.</summary>
internal static partial class NoteText
{
    private const int MatchTimeoutMilliseconds = 2_000;

    [GeneratedRegex(@"<\s*br\b[^>]*>", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex LineBreakTag();

    // Opening or closing a block starts a paragraph; runs of blank lines are then cut to one.
    [GeneratedRegex(@"<\s*/?\s*(?:p|div|li|ul|ol|h[1-6]|tr|table|section|article)\b[^>]*>", RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<\s*(script|style)\b.*?<\s*/\s*\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, MatchTimeoutMilliseconds)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<[^>]*>", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t]+", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n(?:[ \t]*\n)+", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex BlankLines();

    /// <summary>The attachment's text, or null with the reason when it has none a pre-screen can read.</summary>
    public static (string? Text, string? Problem) Of(Attachment attachment)
    {
        var type = (attachment.ContentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
        if (type is not ("text/plain" or "text/html" or ""))
        {
            return (null, $"has content type '{attachment.ContentType}': only text/plain and text/html notes are read");
        }

        if (attachment.Data is not { Length: > 0 } data)
        {
            return (null, attachment.Url is null ? "has no data" : $"has no inline data (only a url, '{attachment.Url}', which is not fetched)");
        }

        var text = Encoding.UTF8.GetString(data);
        return (type == "text/html" || (type.Length == 0 && text.TrimStart().StartsWith('<')) ? FromHtml(text) : text.Trim(), null);
    }

    /// <summary>The text of an HTML fragment: tags out, entities decoded, paragraphs and line breaks kept as lines.</summary>
    public static string FromHtml(string html)
    {
        var text = ScriptOrStyle().Replace(html, " ");
        text = BlockTag().Replace(text, "\n\n");
        text = LineBreakTag().Replace(text, "\n");
        text = WebUtility.HtmlDecode(Tag().Replace(text, " "));
        text = Spaces().Replace(text, " ");
        text = string.Join('\n', text.Split('\n').Select(l => l.Trim()));
        return BlankLines().Replace(text, "\n\n").Trim();
    }
}
