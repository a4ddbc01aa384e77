namespace GuidelineEngine.Reporting;

/// <summary>One fact a criterion used, as the report shows it.</summary>
/// <param name="Fact">The fact kind and polarity, e.g. <c>PainScore: Absent</c>.</param>
/// <param name="Section">The section it came from: summary, itemHeading, rationale or header.</param>
/// <param name="Text">The sentence it came from.</param>
/// <param name="Start">The matched text's offset in its section; -1 when not a span.</param>
/// <param name="Length">The matched text's length.</param>
public sealed record EvidenceRow(string Fact, string Section, string Text, int Start, int Length);
