namespace GuidelineEngine.Model;

/// <summary>
/// What utilization review authorized of a modified request, kept apart from what was requested:
/// in "12 sessions of acupuncture, modified to 6" the request is 12 sessions and the authorized
/// portion 6. Every count is optional: only what the text says is filled in.
/// </summary>
public sealed record AuthorizedPortion
{
    /// <summary>The authorization as written ("modified to 6", "Acupuncture 6 sessions", "partially certified").</summary>
    public required string Text { get; init; }

    /// <summary>Sessions, visits or units authorized.</summary>
    public int? Sessions { get; init; }

    /// <summary>The dispensed count authorized, e.g. 27 for <c>#27</c>.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The duration authorized, in weeks.</summary>
    public int? DurationWeeks { get; init; }

    /// <summary>The count of the original request it is part of, when stated ("certified 1 of 2": 2).</summary>
    public int? OutOf { get; init; }
}
