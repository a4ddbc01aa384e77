using GuidelineEngine.Application.Contract;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;

namespace GuidelineEngine.Server;

/// <summary>Writes the API's JSON in the product's one style.</summary>
internal static class ApiJson
{
    public static IResult Ok(object value) =>
        Results.Text(JsonConvert.SerializeObject(value, EvaluationJson.Settings), "application/json", statusCode: StatusCodes.Status200OK);
}
