using System.CommandLine;

namespace GuidelineEngine.Cli.Commands;

/// <summary>A sub-command of <c>guideline</c>; each is registered in DI and found by the app.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the command, writing its results to <paramref name="console"/>.</summary>
    Command Build(CliConsole console);
}
