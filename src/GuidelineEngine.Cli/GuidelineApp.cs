using System.CommandLine;
using GuidelineEngine.Cli.Commands;

namespace GuidelineEngine.Cli;

/// <summary>The <c>guideline</c> command line: parses arguments and runs the chosen command.</summary>
internal sealed class GuidelineApp(IEnumerable<ICliCommand> commands)
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand(HelpText.WithExamples(
            "GuidelineEngine: re-evaluates workers' compensation treatment requests against the California MTUS. It predicts and flags; only a physician may deny a request.",
            "guideline evaluate seeds/",
            "guideline evaluate seeds/ --details",
            "guideline rules list",
            "guideline evaluate --help"));
        foreach (var command in commands)
        {
            root.Subcommands.Add(command.Build(console));
        }

        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (UsageErrors.Of(parsed) is { } problem)
        {
            // One line, before any work, whatever the command: the problem, then where the usage is.
            await error.WriteLineAsync($"usage error: {problem}").ConfigureAwait(false);
            await error.WriteLineAsync($"Run '{UsageErrors.CommandPath(parsed)} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
