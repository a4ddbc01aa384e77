using Microsoft.AspNetCore.Builder;

namespace GuidelineEngine.Server;

/// <summary>
/// The headers every response carries: the page loads only its own script and style (no inline
/// script, no CDN), may not be framed, and content types are not sniffed.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The page's Content-Security-Policy: its own origin only, nothing inline, no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            await next(context).ConfigureAwait(false);
        });
}
