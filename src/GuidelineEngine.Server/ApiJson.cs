using GuidelineEngine.Evaluation;
using GuidelineEngine.Reporting;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace GuidelineEngine.Server;

/// <summary>The JSON the API writes (Newtonsoft, camelCase, enums as names) and the shapes it writes.</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        Converters = { new StringEnumConverter() },
        DateFormatString = "yyyy-MM-dd",
    };

    public static IResult Ok(object value) => Results.Text(JsonConvert.SerializeObject(value, Settings), "application/json", statusCode: StatusCodes.Status200OK);

    /// <summary>One pre-screened item: the shape of an item of <c>evaluate</c>'s JSON, without a recorded outcome.</summary>
    public static object Item(ItemEvaluation evaluation)
    {
        var row = BatchEvaluator.Row(evaluation);
        return new
        {
            item = row.Item,
            topic = row.Topic?.ToString(),
            predicted = row.Predicted,
            edition = row.Edition,
            criteria = row.Criteria,
            missingDocumentation = row.MissingDocumentation,
        };
    }

    /// <summary>One letter as <c>evaluate</c>'s JSON has it.</summary>
    public static object Letter(LetterRow letter) => new
    {
        file = letter.File,
        caseNumber = letter.CaseNumber,
        error = letter.Error,
        clinicalSummary = letter.ClinicalSummary,
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
