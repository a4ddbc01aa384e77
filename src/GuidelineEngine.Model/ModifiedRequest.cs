namespace GuidelineEngine.Model;

/// <summary>
/// A request that utilization review modified: the original request and the part authorized.
/// The part left for IMR is <see cref="DisputedItem.Request"/>.
/// </summary>
/// <param name="Original">The original request (X in "X was the original request").</param>
/// <param name="Authorized">What the claims administrator authorized, when the letter says.</param>
public sealed record ModifiedRequest(string Original, string? Authorized);
