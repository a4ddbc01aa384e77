using System.Globalization;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Extraction;
using GuidelineEngine.Model;
using GuidelineEngine.Reading;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Reporting;

/// <summary>
/// Reads, extracts and evaluates letters in parallel, yielding results in input order. A letter
/// that cannot be read is yielded with its error; the batch goes on.
/// </summary>
public sealed class BatchEvaluator(LetterReader reader, FactExtractor extractor, GuidelineEvaluator evaluator)
{
    /// <summary>Evaluates every letter under <paramref name="paths"/>, streaming results in input order.</summary>
    public IEnumerable<LetterRow> Evaluate(IEnumerable<string> paths, EvaluationMode mode, int degreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return LetterReader.ExpandPaths(paths)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, degreeOfParallelism))
            .Select(file => Evaluate(reader.Read(file), mode));
    }

    /// <summary>Evaluates one read letter.</summary>
    public LetterRow Evaluate(LetterReadResult result, EvaluationMode mode)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Letter is not { } letter)
        {
            return new LetterRow(result.File, null, result.Error?.ToString() ?? "could not be read", []);
        }

        var items = extractor.ExtractAll(letter, mode).Select(facts => Row(evaluator.Evaluate(facts))).ToList();
        return new LetterRow(letter.File, letter.Header.CaseNumber, null, items, letter.ClinicalSummary);
    }

    /// <summary>An evaluated item as reports and the API show it.</summary>
    public static ItemRow Row(ItemEvaluation evaluation) => evaluation is null ? throw new ArgumentNullException(nameof(evaluation)) : new()
    {
        Item = evaluation.Facts.Item.Request,
        Topic = evaluation.Topic,
        Actual = evaluation.Facts.Item.Outcome,
        Predicted = evaluation.Predicted,
        Edition = EditionName(evaluation.Edition),
        Criteria = [.. evaluation.Criteria.Select(c => new CriterionRow(
            c.Rule.Id,
            Citation(c.Rule, evaluation.Edition),
            c.Rule.Criterion,
            c.Result.Status,
            c.Result.Reason,
            [.. c.Result.Evidence.Select(Evidence)]))],
        MissingDocumentation = evaluation.MissingDocumentation,
    };

    private static string Citation(RuleDescriptor rule, GuidelineEditions edition) =>
        rule.Citation.Replace(rule.Guideline, $"{rule.Guideline} ({EditionName(edition)})", StringComparison.Ordinal);

    private static string EditionName(GuidelineEditions edition) => edition switch
    {
        GuidelineEditions.Cpmtg2009 => "2009",
        GuidelineEditions.Cpmtg2016 => "2016",
        _ => edition.ToString(),
    };

    private static EvidenceRow Evidence(Fact fact) => new(
        string.Create(CultureInfo.InvariantCulture, $"{fact.Kind}: {fact.Polarity}{(fact.Value is { } v && v != fact.Text ? $" ({v})" : string.Empty)}"),
        char.ToLowerInvariant(fact.Section.ToString()[0]) + fact.Section.ToString()[1..],
        fact.Sentence,
        fact.Start,
        fact.Length);
}
