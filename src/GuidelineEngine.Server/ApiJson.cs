using GuidelineEngine.Evaluation;
using GuidelineEngine.Reporting;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;

namespace GuidelineEngine.Server;

/// <summary>Writes the API's JSON in the product's one style.</summary>
internal static class ApiJson
{
    public static IResult Ok(object value) =>
        Results.Text(JsonConvert.SerializeObject(value, EvaluationJson.Settings), "application/json", statusCode: StatusCodes.Status200OK);

    /// <summary>One pre-screened item: the shape of an item of <c>evaluate</c>'s JSON, without a recorded outcome.</summary>
    public static object Item(ItemEvaluation evaluation) => EvaluationJson.Item(BatchEvaluator.Row(evaluation), withOutcome: false);
}
