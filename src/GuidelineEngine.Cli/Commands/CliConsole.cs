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

    /// <summary>
    /// The width a file or pipe is written at: wide enough that no line is wrapped, so that paths,
    /// the disclaimer and quotes stay whole and no line is padded with trailing spaces.
    /// </summary>
    public const int UnwrappedWidth = 1 << 14;

    /// <summary>The width a layout is chosen for: the terminal's, or <see cref="RedirectedWidth"/> for a file or pipe.</summary>
    public static int LayoutWidth(IAnsiConsole console) =>
        console is null ? RedirectedWidth : console.Profile.Width >= UnwrappedWidth ? RedirectedWidth : console.Profile.Width;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>A Spectre console over <see cref="Out"/>, for tables.</summary>
    public IAnsiConsole Ansi { get; } = CreateAnsi(output);

    /// <summary>Whether output is coloured: only on a terminal, and never when NO_COLOR is set (https://no-color.org).</summary>
    public static bool Colour(bool terminal, string? noColor) => terminal && string.IsNullOrEmpty(noColor);

    /// <summary>A Spectre console writing to <paramref name="output"/>: a terminal's width and colours, or unwrapped lines (<see cref="UnwrappedWidth"/>) and none.</summary>
    public static IAnsiConsole CreateAnsi(TextWriter output, bool? terminal = null, string? noColor = null)
    {
        var isTerminal = terminal ?? (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
        var colour = Colour(isTerminal, terminal is null ? Environment.GetEnvironmentVariable("NO_COLOR") : noColor);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            // A file or pipe gets unwrapped lines without the padding a layout adds at their ends.
            Out = new AnsiConsoleOutput(isTerminal ? output : new Output.TrimmedLinesWriter(output)),
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }
}
