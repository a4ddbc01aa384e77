using GuidelineEngine.Model;

namespace GuidelineEngine.Reporting;

/// <summary>Predicted (outer) by actual (inner) counts over covered items.</summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] counts = new int[2, 2];

    /// <summary>Counts one covered item.</summary>
    public void Add(Outcome predicted, Outcome actual) => counts[(int)predicted, (int)actual]++;

    /// <summary>How many items were predicted <paramref name="predicted"/> and recorded <paramref name="actual"/>.</summary>
    public int this[Outcome predicted, Outcome actual] => counts[(int)predicted, (int)actual];

    /// <summary>All items counted.</summary>
    public int Total => counts[0, 0] + counts[0, 1] + counts[1, 0] + counts[1, 1];

    /// <summary>Items where prediction and record agree.</summary>
    public int Agreed => counts[0, 0] + counts[1, 1];

    /// <summary>Share of items that agree; null when none were counted.</summary>
    public double? Agreement => Total == 0 ? null : (double)Agreed / Total;

    /// <summary>What always predicting Upheld would score on the same items; null when none were counted.</summary>
    public double? BaselineAgreement => Total == 0 ? null : (double)(counts[0, 0] + counts[1, 0]) / Total;

    /// <summary>
    /// Cohen's kappa: agreement beyond chance. Null when undefined, i.e. when chance agreement is
    /// total because prediction and record each use one outcome only.
    /// </summary>
    public double? Kappa
    {
        get
        {
            if (Total == 0)
            {
                return null;
            }

            double n = Total;
            var observed = Agreed / n;
            var predictedUpheld = (counts[0, 0] + counts[0, 1]) / n;
            var actualUpheld = (counts[0, 0] + counts[1, 0]) / n;
            var expected = (predictedUpheld * actualUpheld) + ((1 - predictedUpheld) * (1 - actualUpheld));
            return expected >= 1 ? null : (observed - expected) / (1 - expected);
        }
    }

    /// <summary>Prevalence- and bias-adjusted kappa (2 × agreement − 1); null when none were counted.</summary>
    public double? PrevalenceAdjustedKappa => Agreement is double a ? (2 * a) - 1 : null;

    /// <summary>Share of recorded overturns predicted Overturned; null when there were none.</summary>
    public double? OverturnRecall
    {
        get
        {
            var overturned = counts[0, 1] + counts[1, 1];
            return overturned == 0 ? null : (double)counts[1, 1] / overturned;
        }
    }

    /// <summary>The matrix as nested dictionaries, predicted then actual, for JSON.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ToDictionary() =>
        Enum.GetValues<Outcome>().ToDictionary(
            p => p.ToString(),
            p => (IReadOnlyDictionary<string, int>)Enum.GetValues<Outcome>().ToDictionary(a => a.ToString(), a => this[p, a]));
}
