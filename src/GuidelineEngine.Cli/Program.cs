using GuidelineEngine.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    // The command line belongs to System.CommandLine; configuration comes from appsettings.json and the environment.
    Args = [],
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Logging.ClearProviders();
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Services.AddGuidelineCli(builder.Configuration);

using var host = builder.Build();
return await host.Services.GetRequiredService<GuidelineApp>().RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
