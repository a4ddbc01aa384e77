namespace GuidelineEngine.Testing;

/// <summary>One row of the corpus's outcomes.tsv.</summary>
public sealed record RecordedOutcome(string Letter, int ItemNumber, string Item, string Outcome)
{
    /// <summary>Reads outcomes.tsv (header: letter, item_no, item, outcome).</summary>
    public static IReadOnlyList<RecordedOutcome> ReadAll(string path) =>
        [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(f =>
            new RecordedOutcome(f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2], f[3]))];
}
