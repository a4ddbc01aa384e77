using GuidelineEngine.Application.Contract;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Fhir;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GuidelineEngine.Server;

/// <summary><c>POST /api/prescreen</c> with <c>Content-Type: application/fhir+json</c>: a Bundle pre-screened through the same use case as a pasted note.</summary>
internal static class FhirPrescreenEndpoint
{
    public static bool IsFhir(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals(FhirJson.MediaType, StringComparison.OrdinalIgnoreCase);

    public static async Task<IResult> PrescreenAsync(HttpRequest request, FhirPrescreener prescreener)
    {
        var body = await BodyReader.ReadTextAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return ApiProblems.TooLarge();
        }

        FhirPrescreenResult result;
        try
        {
            result = prescreener.PrescreenBundle(body, "body");
        }
        catch (FhirInputException e)
        {
            return FhirProblems.BadRequest(e);
        }

        if (result.Problems.Count > 0)
        {
            return ApiProblems.BadRequest(result.Problems[0].Field, result.Problems[0].Message);
        }

        return ApiJson.Ok(PrescreenJson.Response(result));
    }
}
