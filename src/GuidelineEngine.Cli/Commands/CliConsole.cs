using Spectre.Console;

namespace GuidelineEngine.Cli.Commands;

/// <summary>Where a command writes: results to <see cref="Out"/>, diagnostics to <see cref="Error"/>.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    // Tables written to a file or pipe are read in full, so they get room rather than the 80 columns Spectre assumes.
    private const int RedirectedWidth = 160;

    /// <summary>A Spectre console over <see cref="Out"/>, for tables.</summary>
    public IAnsiConsole Ansi { get; } = CreateAnsi(output);

    private static IAnsiConsole CreateAnsi(TextWriter output)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
