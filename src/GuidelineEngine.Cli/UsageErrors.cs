using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace GuidelineEngine.Cli;

/// <summary>
/// What is wrong with a command line, said in one line in the user's terms: an unknown option or
/// command with a "did you mean", a value that does not convert without the .NET type behind it.
/// It reads the parsed command tree, so every command gets it.
/// </summary>
internal static partial class UsageErrors
{
    /// <summary>The one problem to report for <paramref name="parsed"/>, or null when the command line is good.</summary>
    public static string? Of(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Errors.Count > 0)
        {
            // An unknown command explains the errors that follow from it ("Required command was not provided").
            var first = parsed.Errors.FirstOrDefault(e => Unrecognized().IsMatch(e.Message)) ?? parsed.Errors[0];
            return Describe(first.Message, parsed);
        }

        return UnknownOption(parsed);
    }

    /// <summary>The command as typed, e.g. <c>guideline history list</c>, for "Run '... --help'".</summary>
    public static string CommandPath(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var names = new List<string>();
        for (SymbolResult? result = parsed.CommandResult; result is CommandResult command; result = command.Parent)
        {
            names.Add(command.Parent is null ? "guideline" : command.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    private static string Describe(string message, ParseResult parsed)
    {
        if (Unrecognized().Match(message) is { Success: true } unrecognized)
        {
            var token = unrecognized.Groups["token"].Value;
            var command = parsed.CommandResult.Command;
            var candidates = token.StartsWith('-') ? OptionNames(parsed) : command.Subcommands.Select(c => c.Name);
            var what = token.StartsWith('-') ? "unknown option" : command.Subcommands.Count > 0 ? "unknown command" : "unexpected argument";
            return $"{what} '{token}'{Suggestion(token, candidates)}";
        }

        if (NotConverted().Match(message) is { Success: true } notConverted)
        {
            var value = notConverted.Groups["value"].Value;
            // "for command 'show'" names the command: the argument the value was given for is what the user typed it as.
            var name = parsed.CommandResult.Children.OfType<ArgumentResult>().FirstOrDefault(a => a.Tokens.Any(t => t.Value == value))?.Argument.Name
                ?? notConverted.Groups["name"].Value;
            return $"{name}: '{value}' is not {Kind(notConverted.Groups["type"].Value)}";
        }

        return message;
    }

    // A path argument that starts with '-' and names nothing on disk is an option the command does not have.
    private static string? UnknownOption(ParseResult parsed)
    {
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                return null; // After "--" every token is an argument, whatever it looks like.
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-' && !char.IsAsciiDigit(token.Value[1]) && !Path.Exists(token.Value))
            {
                return $"unknown option '{token.Value}'{Suggestion(token.Value, OptionNames(parsed))}";
            }
        }

        return null;
    }

    private static IEnumerable<string> OptionNames(ParseResult parsed)
    {
        var options = new List<Option>();
        for (SymbolResult? result = parsed.CommandResult; result is CommandResult command; result = command.Parent)
        {
            options.AddRange(command.Command.Options.Where(o => ReferenceEquals(command, parsed.CommandResult) || o.Recursive));
        }

        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct();
    }

    private static string Suggestion(string typed, IEnumerable<string> candidates) =>
        DidYouMean.Closest(typed, candidates) is { } closest ? $": did you mean '{closest}'?" : string.Empty;

    private static string Kind(string type) => type switch
    {
        _ when type.Contains("Int", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Decimal", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) => "a number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("FileInfo", StringComparison.Ordinal) => "a file path",
        _ => "a value it takes",
    };

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'\.?$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|command|argument) '(?<name>.*)' as expected type '(?<type>.*)'\.?$")]
    private static partial Regex NotConverted();
}
