namespace GuidelineEngine.RuleModel;

/// <summary>
/// What a rule may know of the rest of the request: the primary items (a surgery) that other
/// items (its assistant surgeon, clearance, post-operative therapy, equipment) follow, with
/// their predictions. Primary items are evaluated first.
/// </summary>
/// <param name="Primaries">The primary items of the request, predicted, in request order.</param>
public sealed record RequestContext(IReadOnlyList<RelatedItem> Primaries)
{
    /// <summary>A request with no primary item.</summary>
    public static RequestContext Empty { get; } = new([]);
}
