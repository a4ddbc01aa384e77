namespace GuidelineEngine.Reporting;

/// <summary>
/// The QA figures of a batch. Agreement and kappa are over covered items; the baseline is what
/// always predicting Upheld would score on the same items.
/// </summary>
public sealed record BatchSummary
{
    /// <summary>Letters in the batch.</summary>
    public required int Letters { get; init; }

    /// <summary>Letters that could not be read.</summary>
    public required int FailedLetters { get; init; }

    /// <summary>Disputed items read.</summary>
    public required int Items { get; init; }

    /// <summary>Items a topic covers.</summary>
    public required int Covered { get; init; }

    /// <summary>Covered share of items.</summary>
    public double? Coverage => Items == 0 ? null : (double)Covered / Items;

    /// <summary>Share of covered items whose prediction agrees with the record.</summary>
    public double? Agreement => Confusion.Agreement;

    /// <summary>Cohen's kappa over covered items; null when undefined.</summary>
    public double? Kappa => Confusion.Kappa;

    /// <summary>Prevalence-adjusted kappa over covered items.</summary>
    public double? PrevalenceAdjustedKappa => Confusion.PrevalenceAdjustedKappa;

    /// <summary>Share of recorded overturns that were predicted.</summary>
    public double? OverturnRecall => Confusion.OverturnRecall;

    /// <summary>Agreement of always predicting Upheld on the covered items.</summary>
    public double? BaselineAgreement => Confusion.BaselineAgreement;

    /// <summary>Predicted (outer) by actual (inner).</summary>
    public required ConfusionMatrix Confusion { get; init; }

    /// <summary>Figures per topic.</summary>
    public required IReadOnlyDictionary<string, TopicSummary> ByTopic { get; init; }

    /// <summary>Figures of predictions resting on the MTUS alone (<c>MTUS</c>) and of those resting also on another guideline (<c>NonMTUS</c>).</summary>
    public required IReadOnlyDictionary<string, TopicSummary> BySource { get; init; }

    /// <summary>Items no topic covers, counted by why.</summary>
    public required IReadOnlyDictionary<string, int> NotCovered { get; init; }

    /// <summary>Per rule: items it decided and how many of those agreed.</summary>
    public required IReadOnlyDictionary<string, RuleSummary> ByRule { get; init; }

    /// <summary>In an audit, items per consistency class (every class named, zero or not); null when no item was classified.</summary>
    public IReadOnlyDictionary<string, int>? Consistency { get; init; }

    /// <summary>In an audit, where disagreement and inconsistency concentrate; null when no item was classified.</summary>
    public Concentration.ConcentrationSummary? Concentration { get; init; }
}
