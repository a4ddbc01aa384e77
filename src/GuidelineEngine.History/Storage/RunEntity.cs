namespace GuidelineEngine.History.Storage;

/// <summary>One recorded evaluation run: when, which rules, which mode, its figures.</summary>
public sealed class RunEntity
{
    /// <summary>The run's id, given by the database.</summary>
    public long Id { get; set; }

    /// <summary>When the run was recorded (UTC).</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The mode: <c>prescreen</c> or <c>audit</c>.</summary>
    public string Mode { get; set; } = string.Empty;

    /// <summary>The rules assemblies' version.</summary>
    public string RuleSetVersion { get; set; } = string.Empty;

    /// <summary>The rule set's content hash (SHA-256, hex).</summary>
    public string RuleSetHash { get; set; } = string.Empty;

    /// <summary>Letters read.</summary>
    public int Letters { get; set; }

    /// <summary>Letters that failed to read.</summary>
    public int FailedLetters { get; set; }

    /// <summary>Items evaluated.</summary>
    public int Items { get; set; }

    /// <summary>Items covered.</summary>
    public int Covered { get; set; }

    /// <summary>Agreement over covered items.</summary>
    public double? Agreement { get; set; }

    /// <summary>Cohen's kappa.</summary>
    public double? Kappa { get; set; }

    /// <summary>The summary as <c>evaluate --format json</c> writes it.</summary>
    public string SummaryJson { get; set; } = string.Empty;

    /// <summary>The input files and their hashes.</summary>
    public List<RunInputEntity> Inputs { get; set; } = [];

    /// <summary>Every item's prediction.</summary>
    public List<RunItemEntity> RunItems { get; set; } = [];
}
