using System.CommandLine;
using GuidelineEngine.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace GuidelineEngine.Cli.Commands;

/// <summary><c>guideline serve [--urls http://127.0.0.1:5080]</c>: the pre-screen API and page.</summary>
internal sealed class ServeCommand : ICliCommand
{
    public Command Build(CliConsole console)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen; loopback by default.", DefaultValueFactory = _ => GuidelineServer.DefaultUrls };
        var command = new Command("serve", "Serve the reviewer pre-screen page and HTTP API.") { urls };
        command.SetAction((result, cancellation) => RunAsync(console, result.GetRequiredValue(urls), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string urls, CancellationToken cancellation)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(urls);
        builder.AddGuidelineServer();
        await using var app = builder.Build();
        app.MapGuidelineServer();
        await app.StartAsync(cancellation).ConfigureAwait(false);
        await console.Out.WriteLineAsync($"GuidelineEngine pre-screen listening on {string.Join(", ", app.Urls)} (Ctrl+C to stop)").ConfigureAwait(false);
        await app.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
