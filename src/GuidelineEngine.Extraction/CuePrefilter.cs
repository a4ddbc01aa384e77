using System.Buffers;
using System.Text;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Vocabulary;

namespace GuidelineEngine.Extraction;

/// <summary>
/// Which kinds' cue patterns can match a sentence at all, found in one pass: the literal clauses of
/// every cue (<see cref="RequiredLiterals"/>) in one prefix tree, walked from each place in the
/// sentence where a literal can start. A cue can match only if every one of its clauses has a
/// string in the sentence, and a kind only if one of its cues can; leaving out the others changes
/// nothing, and the patterns of the kinds left in decide as before. A kind with a cue without
/// clauses is always in.
/// </summary>
internal sealed class CuePrefilter
{
    private readonly Node root = new();
    private readonly List<int[][]?> kinds = [];
    private int clauseCount;
    private readonly SearchValues<char> firstCharacters;

    /// <param name="cues">Per kind, in order, per cue of the kind, its clauses of small-letter literals.</param>
    public CuePrefilter(IReadOnlyList<IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var first = new HashSet<char>();
        for (var kind = 0; kind < cues.Count; kind++)
        {
            if (cues[kind].Count == 0 || cues[kind].Any(c => c.Count == 0 || c.Any(clause => clause.Count == 0 || clause.Any(l => l.Length == 0 || !Ascii.IsValid(l)))))
            {
                kinds.Add(null);
                continue;
            }

            var clauseIds = new int[cues[kind].Count][];
            for (var cue = 0; cue < cues[kind].Count; cue++)
            {
                clauseIds[cue] = [.. cues[kind][cue].Select(clause => Add(clause, first))];
            }

            kinds.Add(clauseIds);
        }

        firstCharacters = SearchValues.Create([.. first]);
    }

    /// <summary>The number of kinds.</summary>
    public int Count => kinds.Count;

    /// <summary>Sets <paramref name="candidates"/>[k] for each kind k whose patterns can match <paramref name="sentence"/>, clears the others.</summary>
    public void Mark(string sentence, Span<bool> candidates)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.AsSpan().ContainsAny(AsciiFolding.FoldingToAscii))
        {
            candidates.Fill(true);
            return;
        }

        Span<bool> found = clauseCount <= 4096 ? stackalloc bool[clauseCount] : new bool[clauseCount];
        found.Clear();
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

                foreach (var clause in node.Clauses)
                {
                    found[clause] = true;
                }
            }

            at++;
        }

        for (var kind = 0; kind < kinds.Count; kind++)
        {
            candidates[kind] = kinds[kind] is not { } cues || AnyCueCanMatch(cues, found);
        }
    }

    private static bool AnyCueCanMatch(int[][] cues, Span<bool> found)
    {
        foreach (var clauses in cues)
        {
            var all = true;
            foreach (var clause in clauses)
            {
                all &= found[clause];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private int Add(IReadOnlyList<string> clause, HashSet<char> first)
    {
        var id = clauseCount++;
        foreach (var literal in clause)
        {
            var node = root;
            foreach (var c in literal)
            {
                node = node.Add(AsciiFolding.Fold(c));
            }

            node.AddClause(id);
            first.Add(char.ToLowerInvariant(literal[0]));
            first.Add(char.ToUpperInvariant(literal[0]));
        }

        return id;
    }

    /// <summary>A place in the prefix tree: the characters that may follow, and the clauses a literal ending here belongs to.</summary>
    private sealed class Node : PrefixTreeNode<Node>
    {
        public int[] Clauses { get; private set; } = [];

        public void AddClause(int clause)
        {
            if (!Clauses.Contains(clause))
            {
                Clauses = [.. Clauses, clause];
            }
        }
    }
}
