using GuidelineEngine.Facts;

namespace GuidelineEngine.Extraction;

/// <summary>
/// The literals a cue pattern cannot match without, the way code-search tools prefilter regular
/// expressions: clauses, each a set of strings one of which every match of the pattern (ignoring
/// case) contains. A sentence lacking every string of some clause cannot match the pattern, so the
/// pattern need not run on it. Reads the part of .NET's syntax the cue files use (literals,
/// escapes, classes, groups, look-arounds, alternation, quantifiers); anything else, or a pattern
/// every part of which may match without a literal, gives no clause: the pattern then runs on
/// every sentence.
/// </summary>
internal static class RequiredLiterals
{
    // Above this many strings an exact set stops being multiplied out and becomes a requirement.
    private const int MaxExact = 64;

    // A class of more characters than this ([0-9], [^.]) is as good as any character.
    private const int MaxClass = 10;

    /// <summary>The clauses of <paramref name="pattern"/>: each match holds a string of every clause (small letters); empty if none is known.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var parser = new Parser(pattern);
        try
        {
            var info = parser.Alternation();
            return parser.AtEnd
                ? [.. Requirement(info).Select(c => (IReadOnlyList<string>)[.. c.Order(StringComparer.Ordinal)]).DistinctBy(c => string.Join('\n', c))]
                : [];
        }
        catch (NotSupportedException)
        {
            return [];
        }
    }

    /// <summary>The clause of <paramref name="pattern"/> that rules out most (its shortest string longest), or null if it has none.</summary>
    public static IReadOnlyList<string>? Best(string pattern) =>
        Of(pattern).Select(c => c.ToHashSet()).Aggregate((HashSet<string>?)null, Better)?.Order(StringComparer.Ordinal).ToList();

    private static List<HashSet<string>> Requirement(Info info) =>
        info.Exact is { } exact ? (exact.Contains(string.Empty) ? [] : [exact]) : info.Clauses;

    // The better of two clauses: the one whose shortest literal is longest (rarer), then the smaller.
    private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
    {
        static int Score(HashSet<string>? set) => set is null || set.Count == 0 ? -1 : set.Min(s => s.Length);
        var (sa, sb) = (Score(a), Score(b));
        return sa != sb ? (sa > sb ? a : b) : (a is null || (b is not null && b.Count < a.Count) ? b : a);
    }

    private static HashSet<string> Cross(HashSet<string> left, HashSet<string> right) =>
        [.. left.SelectMany(l => right.Select(r => l + r))];

    /// <summary>
    /// What a part of a pattern matches: exactly one of the strings of <see cref="Exact"/>, or, when
    /// that is not known, something holding a string of each of <see cref="Clauses"/> (none: nothing known).
    /// </summary>
    private sealed record Info(HashSet<string>? Exact, List<HashSet<string>> Clauses)
    {
        public static Info Any => new(null, []);

        public static Info Empty => new([string.Empty], []);

        public static Info Of(IEnumerable<string> exact) => new([.. exact], []);

        public static Info Literal(char c) => c < 128 ? Of([AsciiFolding.Fold(c).ToString()]) : Any;
    }

    private sealed class Parser(string pattern)
    {
        private int at;

        public bool AtEnd => at == pattern.Length;

        public Info Alternation()
        {
            var branches = new List<Info> { Sequence() };
            while (Peek() == '|')
            {
                at++;
                branches.Add(Sequence());
            }

            if (branches.Count == 1)
            {
                return branches[0];
            }

            if (branches.All(b => b.Exact is not null))
            {
                var union = branches.SelectMany(b => b.Exact!).ToHashSet();
                if (union.Count <= MaxExact)
                {
                    return Info.Of(union);
                }
            }

            // Either branch may match: one clause, of each branch's best.
            var clause = new HashSet<string>();
            foreach (var branch in branches)
            {
                if (Requirement(branch).Aggregate((HashSet<string>?)null, Better) is not { } best)
                {
                    return Info.Any;
                }

                clause.UnionWith(best);
            }

            return new Info(null, [clause]);
        }

        private Info Sequence()
        {
            HashSet<string> run = [string.Empty];
            var allExact = true;
            var clauses = new List<HashSet<string>>();
            while (Peek() is char c && c != '|' && c != ')')
            {
                var part = Quantified(Atom());
                if (part.Exact is { } exact && run.Count * exact.Count <= MaxExact)
                {
                    run = Cross(run, exact);
                    continue;
                }

                // The run so far is one clause; this part starts a new run or adds its own clauses.
                allExact = false;
                clauses.AddRange(Requirement(Info.Of(run)));
                if (part.Exact is { } restart)
                {
                    run = restart;
                }
                else
                {
                    clauses.AddRange(part.Clauses);
                    run = [string.Empty];
                }
            }

            if (allExact)
            {
                return Info.Of(run);
            }

            clauses.AddRange(Requirement(Info.Of(run)));
            return new Info(null, clauses);
        }

        private Info Atom()
        {
            var c = pattern[at++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                case '.':
                    return Info.Any;
                case '^' or '$':
                    return Info.Empty;
                case '*' or '+' or '?':
                    throw new NotSupportedException("a quantifier without anything before it");
                default:
                    return Info.Literal(c);
            }
        }

        private Info Group()
        {
            var lookaround = false;
            if (Peek() == '?')
            {
                at++;
                var kind = pattern[at++];
                if (kind == '<' && Peek() is '=' or '!')
                {
                    at++;
                    lookaround = true;
                }
                else if (kind is '=' or '!')
                {
                    lookaround = true;
                }
                else if (kind == '<' || kind == '\'')
                {
                    // A named group: skip its name.
                    var close = kind == '<' ? '>' : '\'';
                    while (Peek() is char n && n != close)
                    {
                        at++;
                    }

                    at++;
                }
                else if (kind != ':')
                {
                    // Inline options, conditionals, atomic groups: not in the cue files.
                    throw new NotSupportedException($"group (?{kind}");
                }
            }

            var inner = Alternation();
            if (Peek() != ')')
            {
                throw new NotSupportedException("an unclosed group");
            }

            at++;

            // A look-around matches no characters: what it needs is not part of the match.
            return lookaround ? Info.Empty : inner;
        }

        private Info Class()
        {
            var negated = Peek() == '^';
            if (negated)
            {
                at++;
            }

            var members = new HashSet<char>();
            var wide = false;
            var first = true;
            while (true)
            {
                var c = Peek() ?? throw new NotSupportedException("an unclosed class");
                if (c == ']' && !first)
                {
                    at++;
                    break;
                }

                first = false;
                at++;
                char low;
                if (c == '\\')
                {
                    var e = pattern[at++];
                    if (char.IsAsciiLetter(e) || char.IsAsciiDigit(e))
                    {
                        // \d, \w, \s, \p{..}, \x..: classes or codes: taken as any character.
                        wide = true;
                        if (e is 'p' or 'P' or 'x' or 'u' or 'c')
                        {
                            throw new NotSupportedException($"class escape \\{e}");
                        }

                        continue;
                    }

                    low = e;
                }
                else if (c == '[')
                {
                    throw new NotSupportedException("class subtraction or a nested class");
                }
                else
                {
                    low = c;
                }

                if (Peek() == '-' && at + 1 < pattern.Length && pattern[at + 1] != ']')
                {
                    at++;
                    var high = pattern[at++];
                    if (high is '\\' or '[')
                    {
                        throw new NotSupportedException("a range to an escape");
                    }

                    for (int m = low; m <= high; m++)
                    {
                        members.Add((char)m);
                    }
                }
                else
                {
                    members.Add(low);
                }
            }

            return negated || wide || members.Count > MaxClass || members.Any(m => m >= 128)
                ? Info.Any
                : Info.Of(members.Select(m => AsciiFolding.Fold(m).ToString()));
        }

        private Info Escape()
        {
            var e = pattern[at++];
            return e switch
            {
                'b' or 'B' or 'A' or 'z' or 'Z' or 'G' => Info.Empty,
                'd' or 'D' or 'w' or 'W' or 's' or 'S' or 't' or 'n' or 'r' or 'f' or 'v' or 'e' => Info.Any,
                _ when char.IsAsciiLetterOrDigit(e) => throw new NotSupportedException($"escape \\{e}"),
                _ => Info.Literal(e),
            };
        }

        private Info Quantified(Info atom)
        {
            (int Min, int Max)? quantifier = Peek() switch
            {
                '?' => Take(0, 1),
                '*' => Take(0, int.MaxValue),
                '+' => Take(1, int.MaxValue),
                '{' => Braces(),
                _ => null,
            };
            if (quantifier is not var (min, max))
            {
                return atom;
            }

            // A lazy quantifier matches the same strings.
            if (Peek() == '?')
            {
                at++;
            }

            if (Peek() is '?' or '*' or '+')
            {
                throw new NotSupportedException("a quantifier of a quantifier");
            }

            return (min, max) switch
            {
                (1, 1) => atom,
                (0, 1) when atom.Exact is { } exact && exact.Count < MaxExact => Info.Of([.. exact, string.Empty]),
                (0, _) => Info.Any,
                _ => new Info(null, Requirement(atom)),
            };
        }

        private (int, int) Take(int min, int max)
        {
            at++;
            return (min, max);
        }

        // {n}, {n,} or {n,m}; any other brace is a literal character in .NET.
        private (int, int)? Braces()
        {
            var close = pattern.IndexOf('}', at);
            if (close < 0)
            {
                return null;
            }

            var body = pattern[(at + 1)..close];
            var parts = body.Split(',');
            if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], out var min) || min < 0)
            {
                return null;
            }

            var max = min;
            if (parts.Length == 2 && !(parts[1].Length == 0 ? (max = int.MaxValue) > 0 : int.TryParse(parts[1], out max)))
            {
                return null;
            }

            at = close + 1;
            return (min, max);
        }

        private char? Peek() => at < pattern.Length ? pattern[at] : null;
    }
}
