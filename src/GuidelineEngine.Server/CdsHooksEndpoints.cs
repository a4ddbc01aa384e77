using GuidelineEngine.Application;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Fhir;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GuidelineEngine.Server;

/// <summary>
/// The CDS Hooks 2.0 service: discovery at <c>GET /cds-services</c> and one service per order hook
/// at <c>POST /cds-services/{id}</c>. Errors are the specification's codes (400 for a malformed or
/// wrong-hook request, 412 when a missing prefetch cannot be fetched) with a problem body.
/// </summary>
internal static class CdsHooksEndpoints
{
    public static IEndpointRouteBuilder MapCdsHooks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cds-services", () => ApiJson.Ok(new
        {
            services = CdsServiceCatalog.Hooks.Select(hook => new
            {
                hook,
                title = $"MTUS pre-screen ({hook})",
                description = "Checks each ordered item against the California MTUS criteria and says which documentation the note does not show yet. "
                    + PhysicianDisclaimer.Text,
                id = CdsServiceCatalog.ServiceId(hook),
                prefetch = CdsServiceCatalog.Prefetch,
            }),
            extension = new Dictionary<string, string> { [Application.Contract.EvaluationJson.DisclaimerField] = PhysicianDisclaimer.Text },
        })).WithCors();
        app.MapPost("/cds-services/{id}", CallAsync).WithCors();
        app.MapMethods("/cds-services/{**path}", [HttpMethods.Options], () => Results.NoContent()).WithCors();
        return app;
    }

    private static async Task<IResult> CallAsync(string id, HttpRequest request, CdsHookService service)
    {
        if (CdsServiceCatalog.HookOf(id) is not { } hook)
        {
            return Results.Problem(
                title: "No such CDS service.",
                detail: $"No service has the id '{id}'; GET /cds-services lists them: {string.Join(", ", CdsServiceCatalog.Hooks.Select(CdsServiceCatalog.ServiceId))}.",
                statusCode: StatusCodes.Status404NotFound);
        }

        if (!request.HasJsonContentType())
        {
            return ApiProblems.UnsupportedMediaType("application/json");
        }

        var body = await BodyReader.ReadTextAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return ApiProblems.TooLarge();
        }

        try
        {
            var call = CdsHookRequestReader.Read(body, hook);
            var pageUrl = $"{request.Scheme}://{request.Host}{request.PathBase}/";
            return ApiJson.Ok(await service.AnswerAsync(call, pageUrl, request.HttpContext.RequestAborted).ConfigureAwait(false));
        }
        catch (FhirInputException e)
        {
            return FhirProblems.BadRequest(e);
        }
        catch (FhirServerException e)
        {
            return Results.Problem(
                title: "The FHIR data the service needs could not be retrieved.",
                detail: $"A prefetch the request left out could not be fetched from its fhirServer: {e.Message}",
                statusCode: StatusCodes.Status412PreconditionFailed);
        }
    }

    // An EHR's page (a CDS Hooks sandbox) calls from another origin: the specification asks services to allow it.
    private static TBuilder WithCors<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.AccessControlAllowOrigin = "*";
            headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
            headers.AccessControlAllowHeaders = "Content-Type, Authorization";
            return await next(context).ConfigureAwait(false);
        });
}
