using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace GuidelineEngine.Server;

/// <summary>
/// Gives every error response that would go out empty — no endpoint (404), a method the endpoint
/// does not take (405), a Host header outside <c>AllowedHosts</c> (400) — a problem body saying
/// what was wrong, with the disclaimer like every other JSON the server writes.
/// </summary>
internal sealed class ErrorStatusProblems : IStartupFilter
{
    /// <summary>Registers the filter first, so that it wraps ASP.NET Core's host filtering too.</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, ErrorStatusProblems>());

        // Host filtering's own answer is an HTML page; left empty, this filter answers in JSON.
        services.PostConfigure<HostFilteringOptions>(o => o.IncludeFailureMessage = false);
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseStatusCodePages(context => Problem(context.HttpContext).ExecuteAsync(context.HttpContext));
        next(app);
    };

    private static IResult Problem(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        return context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => Results.Problem(
                title: "There is nothing at this address.",
                detail: $"{request.Method} {path}: no such page or endpoint. The API is POST /api/prescreen, POST /api/letters, GET /api/rules and GET /health; the page is at /.",
                statusCode: StatusCodes.Status404NotFound),
            StatusCodes.Status405MethodNotAllowed => Results.Problem(
                title: "The endpoint does not take this method.",
                detail: $"{path} takes {Allowed(context)}, not {request.Method}.",
                statusCode: StatusCodes.Status405MethodNotAllowed),
            StatusCodes.Status400BadRequest when !HostAllowed(context) => Results.Problem(
                title: "The request's host is not served here.",
                detail: $"Host '{request.Host}' is not among the allowed hosts ({string.Join(", ", AllowedHosts(context))}); set AllowedHosts to serve another name.",
                statusCode: StatusCodes.Status400BadRequest),
            var status => Results.Problem(statusCode: status),
        };
    }

    private static string Allowed(HttpContext context) =>
        context.Response.Headers.Allow is { Count: > 0 } allow ? string.Join(" or ", allow.SelectMany(a => (a ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))) : "another method";

    private static IList<string> AllowedHosts(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptionsMonitor<HostFilteringOptions>>().CurrentValue.AllowedHosts;

    private static bool HostAllowed(HttpContext context)
    {
        var hosts = AllowedHosts(context);
        return hosts.Contains("*") || HostString.MatchesAny(new StringSegment(context.Request.Host.Host), [.. hosts.Select(h => new StringSegment(h))]);
    }
}
