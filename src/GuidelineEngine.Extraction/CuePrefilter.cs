using System.Buffers;
using System.Text;
using GuidelineEngine.Facts;

namespace GuidelineEngine.Extraction;

/// <summary>
/// Which kinds' cue patterns can match a sentence at all, found in one pass: the required
/// literals of every kind (<see cref="RequiredLiterals"/>) in one prefix tree, walked from each
/// place in the sentence where a literal can start. A kind none of whose literals occurs is left
/// out, and since every match of its patterns holds one of them, leaving it out changes nothing;
/// the patterns of the kinds left in decide as before. A kind without known literals is always in.
/// </summary>
internal sealed class CuePrefilter
{
    private readonly Node root = new();
    private readonly bool[] always;
    private readonly SearchValues<char> firstCharacters;

    /// <param name="literals">Per kind, in order, its small-letter literals, or null if it has none.</param>
    public CuePrefilter(IReadOnlyList<IReadOnlyList<string>?> literals)
    {
        ArgumentNullException.ThrowIfNull(literals);
        always = new bool[literals.Count];
        var first = new HashSet<char>();
        for (var kind = 0; kind < literals.Count; kind++)
        {
            if (literals[kind] is not { } list || list.Count == 0 || list.Any(l => l.Length == 0 || !Ascii.IsValid(l)))
            {
                always[kind] = true;
                continue;
            }

            foreach (var literal in list)
            {
                var node = root;
                foreach (var c in literal)
                {
                    node = node.Add(AsciiFolding.Fold(c));
                }

                node.AddKind(kind);
                first.Add(char.ToLowerInvariant(literal[0]));
                first.Add(char.ToUpperInvariant(literal[0]));
            }
        }

        firstCharacters = SearchValues.Create([.. first]);
    }

    /// <summary>The number of kinds.</summary>
    public int Count => always.Length;

    /// <summary>Sets <paramref name="candidates"/>[k] for each kind k whose patterns can match <paramref name="sentence"/>.</summary>
    public void Mark(string sentence, Span<bool> candidates)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.AsSpan().ContainsAny(AsciiFolding.FoldingToAscii))
        {
            candidates.Fill(true);
            return;
        }

        always.CopyTo(candidates);
        var at = 0;
        while (at < sentence.Length)
        {
            var next = sentence.AsSpan(at).IndexOfAny(firstCharacters);
            if (next < 0)
            {
                break;
            }

            at += next;
            Node? node = root;
            for (var end = at; end < sentence.Length; end++)
            {
                node = node.Child(AsciiFolding.Fold(sentence[end]));
                if (node is null)
                {
                    break;
                }

                foreach (var kind in node.Kinds)
                {
                    candidates[kind] = true;
                }
            }

            at++;
        }
    }

    /// <summary>A place in the prefix tree: the characters that may follow, and the kinds a literal ending here belongs to.</summary>
    private sealed class Node
    {
        private char[] keys = [];
        private Node[] children = [];

        public int[] Kinds { get; private set; } = [];

        public Node? Child(char c)
        {
            var index = Array.IndexOf(keys, c);
            return index < 0 ? null : children[index];
        }

        public Node Add(char c)
        {
            if (Child(c) is { } existing)
            {
                return existing;
            }

            var node = new Node();
            keys = [.. keys, c];
            children = [.. children, node];
            return node;
        }

        public void AddKind(int kind)
        {
            if (!Kinds.Contains(kind))
            {
                Kinds = [.. Kinds, kind];
            }
        }
    }
}
