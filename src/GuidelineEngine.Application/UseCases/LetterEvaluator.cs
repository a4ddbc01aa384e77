using GuidelineEngine.Evaluation;
using GuidelineEngine.Evaluation.Consistency;
using GuidelineEngine.Extraction;
using GuidelineEngine.Facts;
using GuidelineEngine.Reading;

namespace GuidelineEngine.Application.UseCases;

/// <summary>
/// Evaluates IMR letters: reads, extracts and evaluates them in parallel, yielding results in
/// input order as they are ready. A letter that cannot be read is yielded with its error; the
/// batch goes on.
/// </summary>
public sealed class LetterEvaluator(LetterReader reader, FactExtractor extractor, GuidelineEvaluator evaluator)
{
    private readonly ConsistencyChecker consistency = new(evaluator.Catalog);

    /// <summary>Evaluates every letter under <paramref name="paths"/>, streaming results in input order.</summary>
    public IEnumerable<LetterEvaluation> EvaluateAll(IEnumerable<string> paths, EvaluationMode mode, int degreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return EvaluateAll(LetterPaths.Default.Expand(paths), mode, degreeOfParallelism);
    }

    /// <summary>
    /// Evaluates letter files already found by <see cref="LetterPaths"/> (each path's problem
    /// becomes its error), streaming results in input order.
    /// </summary>
    public IEnumerable<LetterEvaluation> EvaluateAll(IEnumerable<LetterPath> found, EvaluationMode mode, int degreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(found);
        return found
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, degreeOfParallelism))
            .Select(path => Guarded(path.Path, () => Evaluate(reader.Read(path), mode)));
    }

    /// <summary>
    /// Reads and evaluates one letter's bytes (an upload); <paramref name="name"/> names it.
    /// Like every letter of a batch, a fault inside becomes the letter's error.
    /// </summary>
    public LetterEvaluation Evaluate(string name, byte[] content, EvaluationMode mode)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        return Guarded(name, () => Evaluate(reader.Read(name, content), mode));
    }

    /// <summary>
    /// The fault barrier of one letter: whatever its reading, extraction or evaluation throws
    /// (a defect, since bad input is reported without throwing) becomes that letter's error,
    /// and the batch goes on with every other letter.
    /// </summary>
    internal static LetterEvaluation Guarded(string file, Func<LetterEvaluation> evaluate)
    {
        try
        {
            return evaluate();
        }
#pragma warning disable CA1031 // The barrier exists to catch what nobody foresaw; the fault is reported, not hidden.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new LetterEvaluation(file, null, $"{file}: {InternalFault.Describe(e)}", []);
        }
    }

    /// <summary>Evaluates one read letter.</summary>
    public LetterEvaluation Evaluate(LetterReadResult result, EvaluationMode mode)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Letter is not { } letter)
        {
            return new LetterEvaluation(result.File, null, result.Error?.ToString() ?? "could not be read", []);
        }

        var evaluations = evaluator.EvaluateRequest(extractor.ExtractAll(letter, mode));
        // Consistency is an audit question: it compares the rationale's findings with the record.
        var items = letter.Items.Zip(evaluations, (item, evaluation) => new EvaluatedItem(
            item.Request,
            item.Outcome,
            evaluation,
            mode == EvaluationMode.Audit ? consistency.Check(evaluation, item.Outcome, item.MaximusGuideline) : null,
            CitedGuideline.Of(item.MaximusGuideline))).ToList();
        return new LetterEvaluation(letter.File, letter.Header.CaseNumber, null, items, letter.ClinicalSummary, letter.Reviewer, letter.Header.DecisionDate) { Warnings = letter.Warnings };
    }
}
