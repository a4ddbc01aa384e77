using GuidelineEngine.Reporting;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace GuidelineEngine.Server;

/// <summary>
/// The JSON of an evaluation, shared by <c>guideline evaluate</c> and <c>POST /api/letters</c>:
/// camelCase names, enums as names, dictionary keys (outcomes, topics, rule ids) as they are.
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

    /// <summary>One letter; with its clinical summary when a page is to highlight it.</summary>
    public static object Letter(LetterRow letter, bool withSummary = false)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return new
        {
            file = letter.File,
            caseNumber = letter.CaseNumber,
            error = letter.Error,
            clinicalSummary = withSummary ? letter.ClinicalSummary : null,
            items = letter.Items.Select(i => Item(i, withOutcome: true)),
        };
    }

    /// <summary>One item; with its recorded outcome and whether the prediction agrees when the item has one.</summary>
    public static object Item(ItemRow item, bool withOutcome)
    {
        ArgumentNullException.ThrowIfNull(item);
        var shape = new Dictionary<string, object?>
        {
            ["item"] = item.Item,
            ["topic"] = item.Topic?.ToString(),
        };
        if (withOutcome)
        {
            shape["actual"] = item.Actual;
        }

        shape["predicted"] = item.Predicted;
        if (withOutcome)
        {
            shape["agrees"] = item.Agrees;
        }

        shape["edition"] = item.Edition;
        shape["criteria"] = item.Criteria;
        shape["missingDocumentation"] = item.MissingDocumentation;
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
            byTopic = summary.ByTopic.ToDictionary(t => t.Key, t => new { items = t.Value.Items, agreement = t.Value.Agreement, confusion = t.Value.Confusion.ToDictionary() }),
            byRule = summary.ByRule.ToDictionary(r => r.Key, r => new { decided = r.Value.Decided, agreed = r.Value.Agreed }),
        };
    }
}
