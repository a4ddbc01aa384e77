using System.Globalization;

namespace GuidelineEngine.Reporting;

/// <summary>What each figure means, in one line each, as the command line and the report print them beside the figures.</summary>
public static class FigureNotes
{
    /// <summary>What agreement means.</summary>
    public const string Agreement = "share of covered items whose prediction matches the recorded outcome; compare it with the always-Upheld baseline, since most IMR decisions uphold the denial";

    /// <summary>What Cohen's kappa means.</summary>
    public const string Kappa = "agreement beyond what chance would give with the same mix of outcomes: 0 is chance, 1 is perfect, below 0 is worse than chance";

    /// <summary>What the prevalence-adjusted kappa means.</summary>
    public const string PrevalenceAdjustedKappa = "kappa as if Upheld and Overturned were equally common (2 × agreement − 1), so a lopsided mix does not hide agreement";

    /// <summary>What overturn recall means.</summary>
    public const string OverturnRecall = "share of recorded overturns the engine predicted Overturned: the requests it would have let through";

    /// <summary>Coverage with the uncovered count and why they are not covered.</summary>
    public static string Coverage(BatchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var uncovered = summary.Items - summary.Covered;
        return uncovered == 0
            ? "every item falls under an encoded topic"
            : string.Create(CultureInfo.InvariantCulture, $"{uncovered} item(s) not covered: no encoded topic applies, so no prediction is made (reasons listed under Not covered)");
    }

    /// <summary>A plain warning when agreement is below the always-Upheld baseline; null otherwise.</summary>
    public static string? BelowBaseline(BatchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Agreement is double agreement && summary.BaselineAgreement is double baseline && agreement < baseline
            ? string.Create(CultureInfo.InvariantCulture, $"Warning: agreement ({agreement:P1}) is below the always-Upheld baseline ({baseline:P1}): predicting Upheld for every item would have matched the recorded outcomes more often.")
            : null;
    }
}
