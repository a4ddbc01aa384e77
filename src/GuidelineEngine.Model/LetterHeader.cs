namespace GuidelineEngine.Model;

/// <summary>
/// The header block of a published IMR letter. Seed letters have none, so every field is optional.
/// </summary>
public sealed record LetterHeader
{
    /// <summary>The IMR case number, e.g. <c>CM16-0219557</c>.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The date the case was assigned to a reviewer.</summary>
    public DateOnly? DateAssigned { get; init; }

    /// <summary>The date of the industrial injury.</summary>
    public DateOnly? DateOfInjury { get; init; }

    /// <summary>The date of the IMR final determination.</summary>
    public DateOnly? DecisionDate { get; init; }

    /// <summary>The date of the utilization review denial under appeal.</summary>
    public DateOnly? UrDenialDate { get; init; }

    /// <summary>The review priority, e.g. <c>Standard</c> or <c>Expedited</c>.</summary>
    public string? Priority { get; init; }

    /// <summary>The date the IMR application was received.</summary>
    public DateOnly? ApplicationReceived { get; init; }
}
