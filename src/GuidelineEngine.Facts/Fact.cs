using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Facts;

/// <summary>One clinical fact and where it came from.</summary>
/// <param name="Kind">What the fact is about.</param>
/// <param name="Value">Its value, e.g. <c>6-7/10 with medication</c> or a drug name; null when the kind says it all.</param>
/// <param name="Polarity">Whether the text documents it.</param>
/// <param name="Section">The part of the letter it came from.</param>
/// <param name="Start">The character offset of the matched text within the section's text; -1 when not mentioned.</param>
/// <param name="Length">The length of the matched text.</param>
/// <param name="Text">The matched text.</param>
/// <param name="Sentence">The whole sentence it came from.</param>
/// <param name="Absence">For an absent fact: whether the finding is stated absent or only not documented.</param>
/// <param name="Role">Whose account the sentence gives: a fact stated only in the account of the UR decision is what UR said, not a clinical finding.</param>
public sealed record Fact(
    FactKind Kind,
    string? Value,
    Polarity Polarity,
    SourceSection Section,
    int Start,
    int Length,
    string Text,
    string Sentence,
    Absence? Absence = null,
    StatementRole Role = StatementRole.Report)
{
    /// <summary>The value of an assessed finding recorded as negative ("denies side effects"): documented, none found.</summary>
    public const string NoneReported = "none reported";

    /// <summary>
    /// The body regions the fact's clause (else its sentence) names: a thumb fracture is of the hand,
    /// not of the shoulder the MRI is for. Empty when no region is named.
    /// </summary>
    public IReadOnlyList<BodyRegion> Regions { get; init; } = [];

    /// <summary>Equal facts have equal fields, their regions compared item by item.</summary>
    public bool Equals(Fact? other) =>
        other is not null && Kind == other.Kind && Value == other.Value && Polarity == other.Polarity && Section == other.Section
        && Start == other.Start && Length == other.Length && Text == other.Text && Sentence == other.Sentence
        && Absence == other.Absence && Role == other.Role && Regions.SequenceEqual(other.Regions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Value, Polarity, Section, Start, Text, Role, Regions.Count);

    /// <summary>A fact the text does not mention.</summary>
    public static Fact NotMentioned(FactKind kind) => new(kind, null, Polarity.NotMentioned, SourceSection.Summary, -1, 0, string.Empty, string.Empty);
}
