namespace GuidelineEngine.Facts.Requests;

/// <summary>
/// What utilization review authorized of a modified request, as its own value: never the count
/// requested ("12 sessions of acupuncture, modified to 6": 12 requested, 6 authorized).
/// </summary>
/// <param name="Text">The authorization as written, for explanations.</param>
/// <param name="Visits">Sessions, visits or units authorized, when stated.</param>
/// <param name="Quantity">The dispensed count authorized, when stated.</param>
/// <param name="DurationWeeks">The duration authorized in weeks, when stated.</param>
/// <param name="OutOf">The count of the original request, when stated ("certified 1 of 2": 2).</param>
public sealed record AuthorizedPart(string Text, int? Visits, decimal? Quantity, int? DurationWeeks, int? OutOf);
