using Microsoft.Extensions.DependencyInjection;

namespace GuidelineEngine.Cli.Tests;

/// <summary>Runs the <c>guideline</c> command line in-process with the host's own services.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var services = new ServiceCollection().AddLogging().AddGuidelineCli().BuildServiceProvider();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await services.GetRequiredService<GuidelineApp>().RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
