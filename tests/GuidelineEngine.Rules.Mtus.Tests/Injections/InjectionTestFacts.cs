using GuidelineEngine.Facts;

namespace GuidelineEngine.Rules.Mtus.Tests.Injections;

/// <summary>Facts of the item heading, which the request-level kinds (series, levels, surgery ties) are read from.</summary>
internal static class InjectionTestFacts
{
    public static Fact Heading(FactKind kind, string heading) =>
        new(kind, heading, Polarity.Present, SourceSection.ItemHeading, 0, heading.Length, heading, heading);
}
