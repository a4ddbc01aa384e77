using GuidelineEngine.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

// guideline-server [--urls http://127.0.0.1:5080]: the reviewer pre-screen page and HTTP API.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    // Loopback unless told otherwise: the page is for a reviewer on this machine.
    builder.WebHost.UseUrls(GuidelineServer.DefaultUrls);
}

builder.AddGuidelineServer();
await using var app = builder.Build();
app.MapGuidelineServer();
await app.StartAsync().ConfigureAwait(false);
Console.WriteLine($"GuidelineEngine pre-screen listening on {string.Join(", ", app.Urls)} (Ctrl+C to stop)");
await app.WaitForShutdownAsync().ConfigureAwait(false);
