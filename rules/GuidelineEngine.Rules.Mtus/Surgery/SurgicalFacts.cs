using GuidelineEngine.Facts;

namespace GuidelineEngine.Rules.Mtus.Surgery;

/// <summary>
/// What the item heading says of a surgery or of a service that follows one. The heading names the
/// request itself, so its facts describe this item, while the summary's describe the whole case.
/// </summary>
internal static class SurgicalFacts
{
    private static readonly string[] NumberNames = ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN"];

    /// <summary>The facts of <paramref name="kind"/> the item heading states present.</summary>
    public static IReadOnlyList<Fact> InHeading(ItemFacts facts, FactKind kind) =>
        [.. facts.Facts.Where(f => f.Section == SourceSection.ItemHeading && f.Kind == kind && f.Polarity == Polarity.Present)];

    /// <summary>True when the item heading states <paramref name="kind"/>.</summary>
    public static bool HeadingSays(ItemFacts facts, FactKind kind) => InHeading(facts, kind).Count > 0;

    /// <summary>True when the heading marks the item as a service of a surgery (pre-op, post-op, assistant, associated service).</summary>
    public static bool IsPerioperative(ItemFacts facts) => HeadingSays(facts, FactKind.PerioperativeService);

    /// <summary>
    /// The days of use the heading states ("seven day use", "for one week", "x7 days"); null when
    /// it states none. Weeks count as seven days.
    /// </summary>
    public static int? DaysOfUse(ItemFacts facts)
    {
        foreach (var fact in InHeading(facts, FactKind.DaysOfUse))
        {
            var words = fact.Text.ToUpperInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var count = words.Select(CountOf).FirstOrDefault(n => n is not null);
            if (count is int n)
            {
                return words.Any(w => w.StartsWith("WEEK", StringComparison.Ordinal)) ? n * 7 : n;
            }
        }

        return null;
    }

    private static int? CountOf(string word)
    {
        var digits = word.TrimStart('X');
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
            : Array.IndexOf(NumberNames, word) is var i and >= 0 ? i + 1
            : null;
    }
}
