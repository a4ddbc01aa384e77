using System.CommandLine;
using GuidelineEngine.Cli.Output;
using GuidelineEngine.Reading;
using Microsoft.Extensions.Logging;

namespace GuidelineEngine.Cli.Commands;

/// <summary><c>guideline parse PATH... [--format table|json]</c>: reads letters and prints their items.</summary>
internal sealed class ParseCommand(LetterReader reader, ILogger<ParseCommand> logger) : ICliCommand
{
    public Command Build(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Letter files (.txt or .pdf) or folders to search recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = ChoiceOption.Create("--format", "Output format: table or json.", OutputFormat.Table);
        var command = new Command("parse", HelpText.WithExamples(
            "Read IMR letters into cases and disputed items.",
            "guideline parse seeds/",
            "guideline parse ../shared/corpus/imr-dwc-2016/letters --format json > letters.json")) { paths, format };
        command.SetAction(result => Run(console, result.GetRequiredValue(paths), (result.GetValue(format) ?? OutputFormat.Table)));
        return command;
    }

    private int Run(CliConsole console, string[] paths, OutputFormat format)
    {
        var results = reader.ReadAll(paths).ToList();
        foreach (var error in results.Select(r => r.Error).OfType<LetterReadError>())
        {
            logger.LogDebug("Letter failed to read: {Error}", error);
            console.Error.WriteLine($"error: {error}");
        }

        foreach (var letter in results.Select(r => r.Letter).OfType<GuidelineEngine.Model.Letter>())
        {
            foreach (var warning in letter.Warnings)
            {
                console.Error.WriteLine($"warning: {letter.File}: {warning}");
            }
        }

        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(console.Out, results.Select(ParsedLetter.From).ToList());
        }
        else
        {
            LetterTable.Write(console.Ansi, results);
        }

        return results.All(r => r.Succeeded) ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
