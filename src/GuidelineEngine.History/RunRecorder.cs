using System.Security.Cryptography;
using GuidelineEngine.Evaluation;
using GuidelineEngine.History.Storage;
using GuidelineEngine.Reporting;

namespace GuidelineEngine.History;

/// <summary>
/// Collects one run as it streams (the input files' hashes, each letter's items and criteria)
/// into the rows <see cref="RunHistory.Record"/> stores in one transaction.
/// </summary>
public sealed class RunRecorder(string mode, RuleSetIdentity rules)
{
    private readonly RunEntity run = new() { Mode = mode, RuleSetVersion = rules.Version, RuleSetHash = rules.ContentHash };
    private readonly HashSet<string> letters = new(StringComparer.Ordinal);

    /// <summary>Records an input file and the SHA-256 of its bytes (empty when it cannot be read).</summary>
    public void AddInput(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string hash;
        try
        {
            using var stream = File.OpenRead(path);
            hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (IOException)
        {
            hash = string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            hash = string.Empty;
        }

        run.Inputs.Add(new RunInputEntity { Path = path, Sha256 = hash });
    }

    /// <summary>Adds one letter's items, each with its prediction, class and criteria.</summary>
    public void Add(LetterEvaluation letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var name = UniqueName(letter);
        for (var i = 0; i < letter.Items.Count; i++)
        {
            var item = letter.Items[i];
            run.RunItems.Add(new RunItemEntity
            {
                Letter = name,
                Number = i + 1,
                Item = item.Item,
                Topic = item.Evaluation.Topic,
                Recorded = item.Recorded?.ToString(),
                Predicted = item.Evaluation.Predicted.ToString(),
                ConsistencyClass = item.Consistency?.Class.ToString(),
                Criteria = [.. item.Evaluation.Criteria.Select(c => new RunCriterionEntity { Rule = c.Rule.Id, Status = c.Result.Status.ToString() })],
            });
        }
    }

    // Items are keyed by letter within a run: the case number, unless the run already holds that
    // case (a text letter and its PDF twin), then with the file name, then with a count.
    private string UniqueName(LetterEvaluation letter)
    {
        var name = letter.CaseNumber ?? Path.GetFileName(letter.File);
        if (letters.Add(name))
        {
            return name;
        }

        var named = $"{name} ({Path.GetFileName(letter.File)})";
        for (var n = 2; !letters.Add(named); n++)
        {
            named = $"{name} ({Path.GetFileName(letter.File)} #{n})";
        }

        return named;
    }

    /// <summary>The run's rows, with its figures and the summary as JSON.</summary>
    public RunEntity Build(BatchSummary summary, string summaryJson, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(summary);
        run.RecordedAt = recordedAt.ToUniversalTime();
        run.Letters = summary.Letters;
        run.FailedLetters = summary.FailedLetters;
        run.Items = summary.Items;
        run.Covered = summary.Covered;
        run.Agreement = summary.Agreement;
        run.Kappa = summary.Kappa;
        run.SummaryJson = summaryJson;
        return run;
    }
}
