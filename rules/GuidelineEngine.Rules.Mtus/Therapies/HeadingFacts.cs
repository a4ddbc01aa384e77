using GuidelineEngine.Facts;

namespace GuidelineEngine.Rules.Mtus.Therapies;

/// <summary>
/// Facts read from the item heading alone: whether the item is the remainder of a request UR
/// authorized in part, whether a device is to be bought, whether heat or cold is applied. The
/// summary speaks of every item of the letter, so only the heading can say this of one item.
/// </summary>
internal static class HeadingFacts
{
    /// <summary>The facts of <paramref name="kind"/> the item heading states present.</summary>
    public static IReadOnlyList<Fact> Of(ItemFacts facts, FactKind kind) =>
        [.. facts.Facts.Where(f => f.Section == SourceSection.ItemHeading && f.Kind == kind && f.Polarity == Polarity.Present)];

    /// <summary>True when the item heading states <paramref name="kind"/>.</summary>
    public static bool Says(ItemFacts facts, FactKind kind) => Of(facts, kind).Count > 0;
}
