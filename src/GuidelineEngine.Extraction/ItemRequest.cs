using GuidelineEngine.Facts;
using GuidelineEngine.Model;

namespace GuidelineEngine.Extraction;

/// <summary>One requested item as the extractor reads it: its heading and what it requests, and in audit mode the reviewer's rationale.</summary>
public sealed record ItemRequest
{
    /// <summary>The item's position in the request, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>The heading as written.</summary>
    public required string Heading { get; init; }

    /// <summary>The request decided.</summary>
    public required string Request { get; init; }

    /// <summary>What the request text states.</summary>
    public required RequestDetails Details { get; init; }

    /// <summary>The reviewer's rationale; given only in audit mode, null otherwise.</summary>
    public string? Rationale { get; init; }

    /// <summary>
    /// The item of a letter as the mode may read it: the rationale only in audit mode, so that a
    /// pre-screen cannot see the reviewer's answer.
    /// </summary>
    public static ItemRequest From(DisputedItem item, EvaluationMode mode)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemRequest
        {
            Number = item.Number,
            Heading = WithoutOutcome(item),
            Request = item.Request,
            Details = item.Details,
            Rationale = mode == EvaluationMode.Audit ? item.Rationale : null,
        };
    }

    // A letter's heading ends with the decision ("Norco 10/325mg #60: Upheld"); the facts must not see it.
    private static string WithoutOutcome(DisputedItem item)
    {
        var heading = item.Heading.TrimEnd();
        var suffix = ": " + item.Outcome;
        return heading.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? heading[..^suffix.Length] : heading;
    }
}
