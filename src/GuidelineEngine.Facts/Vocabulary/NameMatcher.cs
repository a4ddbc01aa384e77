using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace GuidelineEngine.Facts.Vocabulary;

/// <summary>
/// Finds vocabulary names in text: at each place the longest name, ignoring case, that is not
/// inside a word (no ASCII letter or digit on either side), scanning left to right without
/// overlap. Short all-capital names (PT, OT, CT) match their case only, so that "pt" for
/// "patient" is not therapy. It matches exactly as the alternation <see cref="Pattern"/> of the
/// same names does, walking a prefix tree from the places where a name can start instead: the
/// alternation of some 900 names is the costliest part of reading a sentence.
/// </summary>
internal sealed class NameMatcher
{
    private const int CaseSensitiveMaxLength = 3;

    private readonly Node root = new();
    private readonly SearchValues<char> firstCharacters;
    private readonly bool asciiNames;
    private readonly Lazy<Regex> pattern;

    public NameMatcher(IEnumerable<string> names)
    {
        var list = names.ToList();
        pattern = new Lazy<Regex>(() => Alternation(list));
        asciiNames = list.All(n => n.Length > 0 && Ascii.IsValid(n));
        var first = new HashSet<char>();
        foreach (var name in list.Where(_ => asciiNames))
        {
            var node = root;
            foreach (var c in name)
            {
                node = node.Add(AsciiFolding.Fold(c));
            }

            node.Name = name;
            node.CaseSensitive = IsCaseSensitive(name);
            first.Add(char.ToLowerInvariant(name[0]));
            first.Add(char.ToUpperInvariant(name[0]));
        }

        firstCharacters = SearchValues.Create([.. first]);
    }

    /// <summary>The same names as one regular expression: the definition this matcher keeps to.</summary>
    public Regex Pattern => pattern.Value;

    /// <summary>The names in <paramref name="text"/>: start and length of each, in order.</summary>
    public List<(int Start, int Length)> Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!asciiNames || text.AsSpan().ContainsAny(AsciiFolding.FoldingToAscii))
        {
            return [.. Pattern.Matches(text).Select(m => (m.Index, m.Length))];
        }

        var found = new List<(int, int)>();
        var at = 0;
        while (at < text.Length)
        {
            var next = text.AsSpan(at).IndexOfAny(firstCharacters);
            if (next < 0)
            {
                break;
            }

            at += next;
            var length = at > 0 && IsWordCharacter(text[at - 1]) ? 0 : LongestAt(text, at);
            if (length > 0)
            {
                found.Add((at, length));
                at += length;
            }
            else
            {
                at++;
            }
        }

        return found;
    }

    private int LongestAt(string text, int start)
    {
        Node? node = root;
        var longest = 0;
        for (var end = start + 1; end <= text.Length; end++)
        {
            node = node.Child(AsciiFolding.Fold(text[end - 1]));
            if (node is null)
            {
                break;
            }

            if (node.Name is { } name
                && (end == text.Length || !IsWordCharacter(text[end]))
                && (!node.CaseSensitive || text.AsSpan(start, end - start).SequenceEqual(name)))
            {
                longest = end - start;
            }
        }

        return longest;
    }

    private static bool IsCaseSensitive(string name) =>
        name.Length <= CaseSensitiveMaxLength && name.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c);

    private static Regex Alternation(IEnumerable<string> names)
    {
        var alternatives = names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)
            .Select(n => IsCaseSensitive(n) ? $"(?-i:{Regex.Escape(n)})" : Regex.Escape(n));
        return new Regex(
            @"(?<![A-Za-z0-9])(?:" + string.Join('|', alternatives) + @")(?![A-Za-z0-9])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>A place in the prefix tree: the characters that may follow, and the name ending here if any.</summary>
    private sealed class Node : PrefixTreeNode<Node>
    {
        public string? Name { get; set; }

        public bool CaseSensitive { get; set; }
    }
}
