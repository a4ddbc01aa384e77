using System.Text;
using GuidelineEngine.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Results going to a pipe or a file are written in large blocks: the console's own writer
// flushes after every write, which for JSON is after every token.
var results = Console.IsOutputRedirected
    ? new StreamWriter(Console.OpenStandardOutput(), Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(false) : Console.OutputEncoding, 1 << 16)
    : null;
if (results is not null)
{
    Console.SetOut(results);
}

// A command runs once and exits: watching appsettings.json for changes only costs start-up time.
var configuration = new ConfigurationManager();
configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    // The command line belongs to System.CommandLine; configuration comes from appsettings.json and the environment.
    Args = [],
    ContentRootPath = AppContext.BaseDirectory,
    Configuration = configuration,
});
builder.Logging.ClearProviders();
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Services.AddGuidelineCli(builder.Configuration);

using var host = builder.Build();
try
{
    return await host.Services.GetRequiredService<GuidelineApp>().RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
}
finally
{
    Console.Out.Flush();
}
