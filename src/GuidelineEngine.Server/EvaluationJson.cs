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
            items = letter.Items.Select(i => new
            {
                item = i.Item,
                topic = i.Topic?.ToString(),
                actual = i.Actual,
                predicted = i.Predicted,
                agrees = i.Agrees,
                edition = i.Edition,
                criteria = i.Criteria,
                missingDocumentation = i.MissingDocumentation,
            }),
        };
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
