namespace GuidelineEngine.History.Storage;

/// <summary>One criterion's status on one item of a run.</summary>
public sealed class RunCriterionEntity
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The item.</summary>
    public long RunItemId { get; set; }

    /// <summary>The rule's id.</summary>
    public string Rule { get; set; } = string.Empty;

    /// <summary>Met, NotMet, NotDocumented or NotApplicable.</summary>
    public string Status { get; set; } = string.Empty;
}
