using GuidelineEngine.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GuidelineEngine.Server;

/// <summary>The pre-screen web server: the API and the page, on the engine's services.</summary>
public static class GuidelineServer
{
    /// <summary>The address the server binds to unless told otherwise: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The host names answered unless <c>AllowedHosts</c> is configured: loopback only.</summary>
    public const string DefaultAllowedHosts = "localhost;127.0.0.1;[::1]";

    /// <summary>Adds the engine's services and the server's limits to a web application builder.</summary>
    public static WebApplicationBuilder AddGuidelineServer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrWhiteSpace(builder.Configuration["AllowedHosts"]))
        {
            // Host filtering (ASP.NET Core's, on by default) answers other Host headers with 400: no DNS rebinding.
            builder.Configuration["AllowedHosts"] = DefaultAllowedHosts;
        }

        builder.Services.AddGuidelineEngine(builder.Configuration);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["disclaimer"] = Evaluation.PhysicianDisclaimer.Text);
        ErrorStatusProblems.AddTo(builder.Services);
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = ServerLimits.MaxBodyBytes);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = ServerLimits.MaxBodyBytes);
        return builder;
    }

    /// <summary>Maps the API and the page, and answers oversized bodies with 413.</summary>
    public static WebApplication MapGuidelineServer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > ServerLimits.MaxBodyBytes)
            {
                await ApiProblems.TooLarge().ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await ApiProblems.TooLarge().ExecuteAsync(context).ConfigureAwait(false);
            }
            catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
            {
                // A multipart form beyond FormOptions' limit.
                await ApiProblems.TooLarge().ExecuteAsync(context).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The last barrier: a defect is answered with a problem body, never an empty 500.
            catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
#pragma warning restore CA1031
            {
                await ApiProblems.InternalFault(context.Request.Path, e).ExecuteAsync(context).ConfigureAwait(false);
            }
        });
        app.MapPrescreenApi();
        app.MapCdsHooks();
        app.MapPage();
        return app;
    }
}
