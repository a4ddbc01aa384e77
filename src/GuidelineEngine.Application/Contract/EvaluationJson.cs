using GuidelineEngine.Evaluation;
using GuidelineEngine.Evaluation.Consistency;
using GuidelineEngine.Reporting;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
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
    /// <paramref name="withOutcome"/>; for a page, when <paramref name="highlightIn"/> is given, with
    /// the spans of it the evidence rests on, the rules that decided and any edition warning.
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
        shape["editionReason"] = evaluation.EditionReason;
        shape["criteria"] = evaluation.Criteria.Select(CriterionRow.From).ToList();
        shape["missingDocumentation"] = evaluation.MissingDocumentation;
        if (highlightIn is not null)
        {
            // What a page shows beside the criteria: which ones decided, and a plain word on the edition when it needs one.
            shape["decidingRules"] = evaluation.DecidingCriteria.Select(c => c.Rule.Id).ToList();
            shape["editionWarning"] = EditionWarning.Of(evaluation);
            shape["highlights"] = EvidenceHighlights.Spans(highlightIn, evaluation.Criteria.SelectMany(c => c.Result.Evidence))
                .Select(s => new { start = s.Start, length = s.Length });
            shape["highlightedText"] = EvidenceHighlights.Segments(highlightIn, evaluation.Criteria)
                .Select(s => new { text = s.Text, supports = s.IsHighlight ? EvidenceHighlights.SupportsLabel(s) : null });
        }

        if (item.Consistency is { } consistency)
        {
            shape["consistency"] = Consistency(consistency);
        }

        return shape;
    }

    /// <summary>The name of the disclaimer field that leads every JSON object the product writes for a batch or a response.</summary>
    public const string DisclaimerField = "disclaimer";

    /// <summary>The batch figures.</summary>
    public static object Summary(BatchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var figures = new
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
        if (summary.Consistency is null)
        {
            return figures;
        }

        // Audit only, after the figures every mode shares, so a pre-screen summary is unchanged.
        var audit = JObject.FromObject(figures, JsonSerializer.Create(Settings));
        audit["consistency"] = JObject.FromObject(summary.Consistency, JsonSerializer.Create(Settings));
        if (summary.Concentration is { } concentration)
        {
            audit["concentration"] = JObject.FromObject(concentration.Breakdowns.ToDictionary(b => b.Name, b => b.Groups), JsonSerializer.Create(Settings));
        }

        return audit;
    }

    /// <summary>An audited item's consistency class and its findings, with the sentences quoted.</summary>
    public static object Consistency(ItemConsistency consistency)
    {
        ArgumentNullException.ThrowIfNull(consistency);
        return new
        {
            @class = consistency.Class,
            findings = consistency.Findings.Select(f => new { @class = f.Class, message = f.Message, rationale = f.RationaleSentence, record = f.RecordSentence, rule = f.Rule }),
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
