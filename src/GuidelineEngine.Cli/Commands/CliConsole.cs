using Spectre.Console;

namespace GuidelineEngine.Cli.Commands;

/// <summary>Where a command writes: results to <see cref="Out"/>, diagnostics to <see cref="Error"/>.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    /// <summary>
    /// The width of a table written to a file or pipe: what a reader's editor or pager shows
    /// without wrapping. Wider tables switch to the one-block-per-item layout.
    /// </summary>
    public const int RedirectedWidth = 120;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>A Spectre console over <see cref="Out"/>, for tables.</summary>
    public IAnsiConsole Ansi { get; } = CreateAnsi(output);

    /// <summary>Whether output is coloured: only on a terminal, and never when NO_COLOR is set (https://no-color.org).</summary>
    public static bool Colour(bool terminal, string? noColor) => terminal && string.IsNullOrEmpty(noColor);

    /// <summary>A Spectre console writing to <paramref name="output"/>: a terminal's width and colours, or <see cref="RedirectedWidth"/> and none.</summary>
    public static IAnsiConsole CreateAnsi(TextWriter output, bool? terminal = null, string? noColor = null)
    {
        var isTerminal = terminal ?? (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
        var colour = Colour(isTerminal, terminal is null ? Environment.GetEnvironmentVariable("NO_COLOR") : noColor);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
