using System.CommandLine;
using GuidelineEngine.Application;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Cli.Output;
using GuidelineEngine.Facts;
using GuidelineEngine.Reading;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace GuidelineEngine.Cli.Commands;

/// <summary><c>guideline facts PATH... [--mode prescreen|audit] [--format table|json]</c>: the facts per item.</summary>
internal sealed class FactsCommand(LetterReader reader, LetterFacts extractor, IOptions<EvaluationOptions> options) : ICliCommand
{
    public Command Build(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Letter files (.txt or .pdf) or folders.", Arity = ArgumentArity.OneOrMore };
        var mode = ModeOption.Create();
        var format = ChoiceOption.Create("--format", "Output format: table or json.", OutputFormat.Table);
        var command = new Command("facts", HelpText.WithExamples(
            "Extract the clinical facts of each disputed item, each with the sentence it came from.",
            "guideline facts seeds/003_4303d5ec38d4c836.txt --mode audit",
            "guideline facts ../shared/corpus/imr-dwc-2016/letters --format json > facts.json")) { paths, mode, format };
        command.SetAction(result => Run(console, result.GetRequiredValue(paths), result.GetValue(mode) ?? options.Value.DefaultMode, (result.GetValue(format) ?? OutputFormat.Table)));
        return command;
    }

    private int Run(CliConsole console, string[] paths, EvaluationMode mode, OutputFormat format)
    {
        var failed = false;
        var letters = new List<object>();
        foreach (var result in reader.ReadAll(paths))
        {
            if (result.Letter is not { } letter)
            {
                failed = true;
                console.Error.WriteLine($"error: {result.Error}");
                letters.Add(new { file = result.File, error = result.Error?.ToString(), items = Array.Empty<object>() });
                continue;
            }

            var items = extractor.Extract(letter, mode);
            if (format == OutputFormat.Json)
            {
                letters.Add(new
                {
                    file = letter.File,
                    caseNumber = letter.Header.CaseNumber,
                    error = (string?)null,
                    items = items.Select(f => new
                    {
                        item = f.Request.Name,
                        requestedDrugs = f.Request.Drugs.Select(d => d.Name),
                        requestedService = f.Request.Service?.Name,
                        f.RequestDate,
                        f.RequestedDrugWeeks,
                        facts = f.Facts.Where(x => x.Polarity != Polarity.NotMentioned),
                    }),
                });
            }
            else
            {
                WriteTable(console, letter.File, items);
            }
        }

        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(console.Out, new { mode = EvaluationModes.Name(mode), letters });
        }

        return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private static void WriteTable(CliConsole console, string file, IReadOnlyList<ItemFacts> items)
    {
        foreach (var item in items)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{Path.GetFileName(file)} · {item.Request.Name}"))
                .AddColumn("Fact").AddColumn("Polarity").AddColumn("Section").AddColumn("Text");
            foreach (var fact in item.Facts.Where(f => f.Polarity != Polarity.NotMentioned))
            {
                table.AddRow(Markup.Escape(fact.Kind.ToString()), fact.Polarity.ToString(), fact.Section.ToString(), Markup.Escape(fact.Value ?? fact.Text));
            }

            console.Ansi.Write(table);
        }
    }
}
