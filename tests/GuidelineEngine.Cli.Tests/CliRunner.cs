using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GuidelineEngine.Cli.Tests;

/// <summary>Runs the <c>guideline</c> command line in-process with the host's own services.</summary>
internal static class CliRunner
{
    public static Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) => RunAsync(null, args);

    /// <summary>Runs with configuration keys such as <c>History:SqlitePath</c> set.</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(IDictionary<string, string?>? settings, params string[] args)
    {
        var configuration = settings is null ? null : new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddGuidelineCli(configuration).BuildServiceProvider();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await services.GetRequiredService<GuidelineApp>().RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
