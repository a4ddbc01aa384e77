using System.Text.RegularExpressions;
using GuidelineEngine.Facts;

namespace GuidelineEngine.Extraction;

/// <summary>
/// A data-driven pattern that starts interpreted and, once it has been used enough to be worth
/// it, swaps itself for a compiled copy built in the background. A one-letter run never pays for
/// compilation (it answers in well under a second from start); a batch runs compiled after its
/// first letters. Both copies match alike, so results do not depend on which one ran.
/// </summary>
internal sealed class WarmingRegex
{
    // About ten letters' worth of sentences: past this, compiling pays for itself.
    private const int UsesBeforeCompiling = 500;

    private readonly string pattern;
    private readonly RegexOptions options;
    private volatile Regex current;
    private int uses;

    public WarmingRegex(string pattern, RegexOptions options)
    {
        this.pattern = pattern;
        this.options = options & ~RegexOptions.Compiled;
        current = new Regex(pattern, this.options);
    }

    public Match Match(string input) => Current().Match(input);

    public MatchCollection Matches(string input) => Current().Matches(input);

    public bool IsMatch(string input) => Current().IsMatch(input);

    public string Replace(string input, MatchEvaluator evaluator) => Current().Replace(input, evaluator);

    public override string ToString() => pattern;

    private Regex Current()
    {
        // Counting stops at the threshold: threads writing one shared counter on every match
        // would keep taking its cache line from each other for the whole batch.
        if (Volatile.Read(ref uses) < UsesBeforeCompiling && Interlocked.Increment(ref uses) == UsesBeforeCompiling)
        {
            Task.Run(() => current = new Regex(pattern, options | RegexOptions.Compiled));
        }

        return current;
    }
}
