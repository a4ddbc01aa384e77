using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GuidelineEngine.Server;

/// <summary>Serves the page's HTML, CSS and JavaScript, shipped inside the assembly: no CDN, nothing fetched.</summary>
internal static class StaticPage
{
    private static readonly Dictionary<string, (string Resource, string ContentType)> Files = new(StringComparer.Ordinal)
    {
        ["/"] = ("wwwroot/index.html", "text/html; charset=utf-8"),
        ["/app.css"] = ("wwwroot/app.css", "text/css; charset=utf-8"),
        ["/app.js"] = ("wwwroot/app.js", "text/javascript; charset=utf-8"),
        ["/favicon.svg"] = ("wwwroot/favicon.svg", "image/svg+xml"),
    };

    public static IEndpointRouteBuilder MapPage(this IEndpointRouteBuilder app)
    {
        foreach (var (path, (resource, contentType)) in Files)
        {
            var content = Read(resource);
            app.MapGet(path, () => Results.Text(content, contentType));
        }

        return app;
    }

    private static string Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
