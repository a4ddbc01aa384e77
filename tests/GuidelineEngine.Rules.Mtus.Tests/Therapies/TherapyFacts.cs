using GuidelineEngine.Facts;

namespace GuidelineEngine.Rules.Mtus.Tests.Therapies;

/// <summary>Facts the therapy rules read from the item heading.</summary>
internal static class TherapyFacts
{
    /// <summary>A fact the item heading states.</summary>
    public static Fact Heading(FactKind kind, string sentence) =>
        new(kind, sentence, Polarity.Present, SourceSection.ItemHeading, 0, sentence.Length, sentence, sentence);

    /// <summary>The heading of an item UR authorized in part.</summary>
    public static Fact Remainder { get; } = Heading(FactKind.PartialAuthorization, "Acupuncture for 6 sessions was authorized by the Claims Administrator.");

    /// <summary>Weeks since the injury, as the extractor derives them.</summary>
    public static Fact WeeksSinceInjury(int weeks) =>
        new(FactKind.TimeSinceInjury, $"{weeks} weeks", Polarity.Present, SourceSection.Summary, -1, 0, string.Empty, string.Empty);
}
