namespace GuidelineEngine.History.Storage;

/// <summary>One item of a run: where it is, its prediction, its record and its consistency class.</summary>
public sealed class RunItemEntity
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The run.</summary>
    public long RunId { get; set; }

    /// <summary>The letter: its case number, else its file name; with <see cref="Number"/> it names the item across runs.</summary>
    public string Letter { get; set; } = string.Empty;

    /// <summary>The item's position in its letter, from 1.</summary>
    public int Number { get; set; }

    /// <summary>The request as decided.</summary>
    public string Item { get; set; } = string.Empty;

    /// <summary>The topic; null when not covered.</summary>
    public string? Topic { get; set; }

    /// <summary>The recorded outcome, when there is one.</summary>
    public string? Recorded { get; set; }

    /// <summary>The prediction.</summary>
    public string Predicted { get; set; } = string.Empty;

    /// <summary>The consistency class (audit mode); null otherwise.</summary>
    public string? ConsistencyClass { get; set; }

    /// <summary>Each criterion's status.</summary>
    public List<RunCriterionEntity> Criteria { get; set; } = [];
}
