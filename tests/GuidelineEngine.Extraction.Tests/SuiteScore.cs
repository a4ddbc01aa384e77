using GuidelineEngine.Facts;

namespace GuidelineEngine.Extraction.Tests;

/// <summary>
/// Precision and recall of fact detection over a sentence suite: a row counts as expected when it
/// expects a finding, as predicted when one is detected, and as a hit when the polarity detected is
/// the one expected. Every row detected otherwise than expected is a miss, described by its row.
/// </summary>
internal sealed record SuiteScore(double Precision, double Recall, IReadOnlyList<string> Misses)
{
    public static SuiteScore Of(IEnumerable<(Polarity Expected, Polarity Got, string Row)> rows)
    {
        int hits = 0, predicted = 0, expected = 0;
        var misses = new List<string>();
        foreach (var (want, got, row) in rows)
        {
            predicted += got == Polarity.NotMentioned ? 0 : 1;
            expected += want == Polarity.NotMentioned ? 0 : 1;
            hits += got == want && want != Polarity.NotMentioned ? 1 : 0;
            if (got != want)
            {
                misses.Add($"  {row}: expected {want}, got {got}");
            }
        }

        return new SuiteScore(predicted == 0 ? 0 : (double)hits / predicted, expected == 0 ? 0 : (double)hits / expected, misses);
    }
}
