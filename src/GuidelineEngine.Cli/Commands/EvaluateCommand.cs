using System.CommandLine;
using System.Globalization;
using GuidelineEngine.Cli.Output;
using GuidelineEngine.Facts;
using GuidelineEngine.Reading;
using GuidelineEngine.Application;
using GuidelineEngine.Application.Contract;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Reporting;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Spectre.Console;

namespace GuidelineEngine.Cli.Commands;

/// <summary>
/// <c>guideline evaluate PATH... [--mode] [--format table|json|csv] [--out FILE] [--report FILE.html] [--quiet]</c>:
/// predicts a determination per item and compares it with the recorded outcome.
/// </summary>
internal sealed class EvaluateCommand(LetterEvaluator evaluator, IOptions<EvaluationOptions> options) : ICliCommand
{
    private enum Format
    {
        Table,
        Json,
        Csv,
    }

    public Command Build(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Letter files (.txt or .pdf) or folders.", Arity = ArgumentArity.OneOrMore };
        var mode = ModeOption.Create();
        var format = new Option<Format>("--format") { Description = "Output format: table, json or csv.", DefaultValueFactory = _ => Format.Table };
        var output = new Option<FileInfo?>("--out") { Description = "Write the results to this file instead of standard output." }.InExistingFolder();
        var report = new Option<FileInfo?>("--report") { Description = "Also write a self-contained HTML report to this file." }.InExistingFolder();
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar." };
        var threads = new Option<int?>("--threads") { Description = $"Letters evaluated at once, 1 to {UsageChecks.MaxThreads} (default: one per core)." }.WithinThreadRange();
        var command = new Command("evaluate", "Predict a determination per disputed item and compare it with the recorded outcome. Predictions flag items for a physician reviewer; they are not decisions.")
        {
            paths, mode, format, output, report, quiet, threads,
        };
        command.SetAction(result => Run(
            console,
            result.GetRequiredValue(paths),
            result.GetValue(mode) ?? options.Value.DefaultMode,
            result.GetValue(format),
            result.GetValue(output),
            result.GetValue(report),
            result.GetValue(quiet),
            Math.Min(UsageChecks.MaxThreads, options.Value.ThreadsFor(result.GetValue(threads)))));
        return command;
    }

    private int Run(CliConsole console, string[] paths, EvaluationMode mode, Format format, FileInfo? outFile, FileInfo? reportFile, bool quiet, int threads)
    {
        using var fileWriter = outFile is null ? null : new StreamWriter(outFile.FullName);
        var writer = (TextWriter?)fileWriter ?? console.Out;
        var summary = new BatchSummaryBuilder();
        var report = reportFile is null ? null : new HtmlReportBuilder(mode.ToString());
        var tableRows = new List<LetterEvaluation>();
        var files = LetterReader.ExpandPaths(paths).ToList();

        using var json = format == Format.Json ? new JsonTextWriter(writer) { CloseOutput = false, Formatting = Formatting.Indented } : null;
        using var csv = format == Format.Csv ? new EvaluationCsv(writer) : null;
        var serializer = JsonSerializer.Create(JsonOutput.Settings);
        if (json is not null)
        {
            json.WriteStartObject();
            json.WritePropertyName("mode");
            json.WriteValue(EvaluationModes.Name(mode));
            json.WritePropertyName("letters");
            json.WriteStartArray();
        }

        void Consume(LetterEvaluation letter)
        {
            summary.Add(letter);
            report?.Add(letter);
            if (letter.Error is not null)
            {
                console.Error.WriteLine($"error: {letter.Error}");
            }

            foreach (var warning in letter.Warnings)
            {
                console.Error.WriteLine($"warning: {letter.File}: {warning}");
            }

            switch (format)
            {
                case Format.Json:
                    serializer.Serialize(json!, EvaluationJson.Letter(letter));
                    break;
                case Format.Csv:
                    csv!.Write(letter);
                    break;
                default:
                    tableRows.Add(letter);
                    break;
            }
        }

        var results = evaluator.EvaluateAll(files, mode, threads);
        if (!quiet && ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected && files.Count > 1)
        {
            var progress = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            progress.Progress().Start(context =>
            {
                var task = context.AddTask("Evaluating letters", maxValue: files.Count);
                foreach (var letter in results)
                {
                    Consume(letter);
                    task.Increment(1);
                }
            });
        }
        else
        {
            foreach (var letter in results)
            {
                Consume(letter);
            }
        }

        var figures = summary.Build();
        if (json is not null)
        {
            json.WriteEndArray();
            json.WritePropertyName("summary");
            serializer.Serialize(json, EvaluationJson.Summary(figures));
            json.WriteEndObject();
            json.Flush();
            writer.WriteLine();
        }
        else if (format == Format.Table)
        {
            EvaluationTable.Write(new CliConsole(writer, console.Error).Ansi, mode, tableRows, figures);
        }

        if (report is not null)
        {
            File.WriteAllText(reportFile!.FullName, report.Build(figures));
            console.Error.WriteLine($"report written to {reportFile.FullName}");
        }

        return figures.FailedLetters > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
