using System.Globalization;
using GuidelineEngine.Facts;

namespace GuidelineEngine.Application.Contract;

/// <summary>One fact a criterion used, as the JSON contract gives it.</summary>
/// <param name="Fact">The fact kind and polarity, e.g. <c>PainScore: Absent</c>.</param>
/// <param name="Section">The section it came from: summary, itemHeading, rationale or header.</param>
/// <param name="Text">The sentence it came from.</param>
/// <param name="Start">The matched text's offset in its section; -1 when not a span.</param>
/// <param name="Length">The matched text's length.</param>
public sealed record EvidenceRow(string Fact, string Section, string Text, int Start, int Length)
{
    /// <summary>The row of a fact.</summary>
    public static EvidenceRow From(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new(
            string.Create(CultureInfo.InvariantCulture, $"{fact.Kind}: {fact.Polarity}{(fact.Value is { } v && v != fact.Text ? $" ({v})" : string.Empty)}"),
            char.ToLowerInvariant(fact.Section.ToString()[0]) + fact.Section.ToString()[1..],
            fact.Sentence,
            fact.Start,
            fact.Length);
    }
}
