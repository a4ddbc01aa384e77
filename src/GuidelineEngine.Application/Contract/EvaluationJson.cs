using GuidelineEngine.Evaluation;
using GuidelineEngine.Reporting;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace GuidelineEngine.Application.Contract;

/// <summary>
/// The JSON of an evaluation, the same for <c>guideline evaluate</c> and the API: camelCase
/// names, enums as names, dictionary keys (outcomes, topics, rule ids) as they are.
/// </summary>
public static class EvaluationJson
{
    /// <summary>The serializer settings of every JSON the product writes.</summary>
    public static JsonSerializerSettings Settings { get; } = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        Converters = { new StringEnumConverter() },
        DateFormatString = "yyyy-MM-dd",
    };

    /// <summary>
    /// One letter. With its clinical summary when a page is to highlight it: each item then also
    /// carries the <c>highlights</c> (offsets into the summary) of its evidence.
    /// </summary>
    public static object Letter(LetterEvaluation letter, bool withSummary = false)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var summary = withSummary ? letter.ClinicalSummary : null;
        return new
        {
            file = letter.File,
            caseNumber = letter.CaseNumber,
            error = letter.Error,
            clinicalSummary = summary,
            items = letter.Items.Select(i => Item(i, withOutcome: true, highlightIn: summary)),
            warnings = letter.Warnings,
        };
    }

    /// <summary>
    /// One item; with its recorded outcome and whether the prediction agrees when
    /// <paramref name="withOutcome"/>; with the spans of <paramref name="highlightIn"/> its evidence
    /// rests on when given.
    /// </summary>
    public static object Item(EvaluatedItem item, bool withOutcome, string? highlightIn = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        var evaluation = item.Evaluation;
        var shape = new Dictionary<string, object?>
        {
            ["item"] = item.Item,
            ["topic"] = evaluation.Topic,
        };
        if (withOutcome)
        {
            shape["actual"] = item.Recorded;
        }

        shape["predicted"] = evaluation.Predicted;
        if (withOutcome)
        {
            shape["agrees"] = item.Agrees;
        }

        if (evaluation.NotCoveredReason is { } reason)
        {
            shape["notCoveredReason"] = reason;
        }
        else if (evaluation.Source is { } source)
        {
            shape["basis"] = source == GuidelineSource.Mtus ? "MTUS" : "NonMTUS";
        }

        shape["edition"] = evaluation.EditionName;
        shape["criteria"] = evaluation.Criteria.Select(CriterionRow.From).ToList();
        shape["missingDocumentation"] = evaluation.MissingDocumentation;
        if (highlightIn is not null)
        {
            shape["highlights"] = EvidenceHighlights.Spans(highlightIn, evaluation.Criteria.SelectMany(c => c.Result.Evidence))
                .Select(s => new { start = s.Start, length = s.Length });
        }

        return shape;
    }

    /// <summary>The batch figures.</summary>
    public static object Summary(BatchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new
        {
            letters = summary.Letters,
            failedLetters = summary.FailedLetters,
            items = summary.Items,
            covered = summary.Covered,
            coverage = summary.Coverage,
            agreement = summary.Agreement,
            kappa = summary.Kappa,
            prevalenceAdjustedKappa = summary.PrevalenceAdjustedKappa,
            overturnRecall = summary.OverturnRecall,
            baselineAgreement = summary.BaselineAgreement,
            confusion = summary.Confusion.ToDictionary(),
            byTopic = summary.ByTopic.ToDictionary(t => t.Key, t => Group(t.Value)),
            bySource = summary.BySource.ToDictionary(t => t.Key, t => Group(t.Value)),
            notCovered = summary.NotCovered,
            byRule = summary.ByRule.ToDictionary(r => r.Key, r => new { decided = r.Value.Decided, agreed = r.Value.Agreed }),
        };
    }

    private static object Group(TopicSummary group) => new
    {
        items = group.Items,
        agreement = group.Agreement,
        kappa = group.Confusion.Kappa,
        overturnRecall = group.Confusion.OverturnRecall,
        confusion = group.Confusion.ToDictionary(),
    };
}
