namespace GuidelineEngine.Evaluation;

/// <summary>
/// What every output says of its predictions, in one wording: screens, the report, JSON, CSV and
/// API responses all carry this text.
/// </summary>
public static class PhysicianDisclaimer
{
    /// <summary>The disclaimer.</summary>
    public const string Text =
        "Predictions flag items for a physician reviewer; they are not decisions. Only a physician may deny or modify a request in California utilization review.";
}
