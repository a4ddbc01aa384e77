using System.CommandLine;
using System.Globalization;
using System.Reflection;
using GuidelineEngine.Cli.Output;
using GuidelineEngine.Facts;
using GuidelineEngine.Reading;
using GuidelineEngine.Application;
using GuidelineEngine.Application.Contract;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.History;
using GuidelineEngine.Reporting;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Spectre.Console;

namespace GuidelineEngine.Cli.Commands;

/// <summary>
/// <c>guideline evaluate PATH... [--mode] [--format table|json|csv] [--out FILE] [--report FILE.html] [--details] [--summary] [--quiet]</c>:
/// predicts a determination per item and compares it with the recorded outcome.
/// </summary>
internal sealed class EvaluateCommand(LetterEvaluator evaluator, RuleCatalog catalog, IOptions<EvaluationOptions> options, RunHistory history) : ICliCommand
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
        var format = ChoiceOption.Create("--format", "Output format: table, json or csv.", Format.Table);
        var output = new Option<FileInfo?>("--out") { Description = "Write the results to this file instead of standard output." }.InExistingFolder();
        var report = new Option<FileInfo?>("--report") { Description = "Also write a self-contained HTML report to this file." }.InExistingFolder();
        var details = new Option<bool>("--details") { Description = "After the table, each item's criteria checklist: the criterion as the guideline states it, its status, citation and the sentence that decided it." };
        var summaryOnly = new Option<bool>("--summary") { Description = "Print only the figures (agreement, kappa, coverage), not the items; with --format json, only the summary object." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar." };
        var threads = UsageChecks.WholeNumber("--threads", $"Letters evaluated at once, 1 to {UsageChecks.MaxThreads} (default: one per core).", 1, UsageChecks.MaxThreads);
        var record = new Option<bool>("--record") { Description = "Store the run in the run history (SQLite by default, PostgreSQL when configured): see 'guideline history'." };
        var command = new Command("evaluate", HelpText.WithExamples(
            "Predict a determination per disputed item and compare it with the recorded outcome. Predictions flag items for a physician reviewer; they are not decisions.",
            "guideline evaluate seeds/",
            "guideline evaluate seeds/ --mode audit --details",
            "guideline evaluate ../shared/corpus/imr-dwc-2016/letters --summary",
            "guideline evaluate ../shared/corpus/imr-dwc-2016/letters --format json --out results.json --report report.html"))
        {
            paths, mode, format, output, report, details, summaryOnly, quiet, threads, record,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(summaryOnly) && (result.GetValue(format) ?? Format.Table) == Format.Csv)
            {
                result.AddError("--summary: CSV has one row per item and no figures; use --format table or json with --summary");
            }
        });
        command.SetAction(result => Run(
            console,
            result.GetRequiredValue(paths),
            result.GetValue(mode) ?? options.Value.DefaultMode,
            (result.GetValue(format) ?? Format.Table),
            result.GetValue(output),
            result.GetValue(report),
            new Show(result.GetValue(quiet), result.GetValue(details), result.GetValue(summaryOnly)),
            Math.Min(UsageChecks.MaxThreads, options.Value.ThreadsFor(result.GetValue(threads))),
            result.GetValue(record)));
        return command;
    }

    private int Run(CliConsole console, string[] paths, EvaluationMode mode, Format format, FileInfo? outFile, FileInfo? reportFile, Show show, int threads, bool record)
    {
        // Both files are opened before any work: a folder that refuses them stops the run at once.
        string? problem = null;
        using var outTarget = outFile is null ? null : OutputFile.Open("--out", outFile, out problem);
        using var reportTarget = problem is not null || reportFile is null ? null : OutputFile.Open("--report", reportFile, out problem);
        if (problem is not null)
        {
            console.Error.WriteLine(problem);
            return ExitCodes.OutputFailed;
        }

        int exitCode;
        try
        {
            exitCode = Run(console, paths, mode, format, outTarget, reportTarget, show, threads, record);
        }
        catch (Exception e) when (OutputFile.IsWriteFailure(e))
        {
            console.Error.WriteLine(outTarget is null ? $"error: the results cannot be written to standard output: {e.Message}" : OutputFile.Describe(outTarget.Option, outTarget.Path, e));
            return ExitCodes.OutputFailed;
        }

        foreach (var target in new[] { outTarget, reportTarget })
        {
            if (target is not null && !target.TryClose(out var closeProblem))
            {
                console.Error.WriteLine(closeProblem);
                return ExitCodes.OutputFailed;
            }
        }

        return exitCode;
    }

    private int Run(CliConsole console, string[] paths, EvaluationMode mode, Format format, OutputFile? outFile, OutputFile? reportFile, Show show, int threads, bool record)
    {
        var writer = (TextWriter?)outFile?.Writer ?? console.Out;
        var summary = new BatchSummaryBuilder();
        var run = new ReportRun(DateTimeOffset.UtcNow, ToolVersion, paths, catalog.Identity);
        var report = reportFile is null ? null : new HtmlReportBuilder(EvaluationModes.Name(mode), run);
        var tableRows = new List<LetterEvaluation>();
        var errors = new List<string>();
        var warnings = new List<string>();
        // Found once: the evaluator reads this list, so a link loop reported here is not searched again.
        var found = LetterPaths.Default.Expand(paths).ToList();
        var files = found.ConvertAll(f => f.Path);

        // A path that does not exist (or a folder with no letters) is known before the work, and said first.
        var pathProblems = found.Where(f => f.Problem is not null).Select(f => new LetterReadError(f.Path, f.Problem!).ToString()).ToList();
        pathProblems.ForEach(p => console.Error.WriteLine($"error: {p}"));
        if (pathProblems.Count == found.Count)
        {
            console.Error.WriteLine("error: nothing to evaluate: no letter was found under the paths given");
            return ExitCodes.SomeInputsFailed;
        }

        var recorder = record ? new RunRecorder(EvaluationModes.Name(mode), catalog.Identity) : null;
        found.Where(f => f.Problem is null).ToList().ForEach(f => recorder?.AddInput(f.Path));

        using var json = format == Format.Json ? new JsonTextWriter(writer) { CloseOutput = false, Formatting = Formatting.Indented } : null;
        using var csv = format == Format.Csv ? new EvaluationCsv(writer, mode == EvaluationMode.Audit) : null;
        var serializer = JsonSerializer.Create(JsonOutput.Settings);
        if (json is not null)
        {
            json.WriteStartObject();
            json.WritePropertyName(EvaluationJson.DisclaimerField);
            json.WriteValue(PhysicianDisclaimer.Text);
            json.WritePropertyName("mode");
            json.WriteValue(EvaluationModes.Name(mode));
            if (!show.SummaryOnly)
            {
                json.WritePropertyName("letters");
                json.WriteStartArray();
            }

            // Written through now: a file that refuses bytes (a full disk, /dev/full) fails before the work, not after it.
            json.Flush();
            writer.Flush();
        }

        void Consume(LetterEvaluation letter)
        {
            summary.Add(letter);
            report?.Add(letter);
            recorder?.Add(letter);
            if (letter.Error is not null)
            {
                // Said once after the batch: a line written now would garble the progress bar.
                errors.Add(letter.Error);
            }

            warnings.AddRange(letter.Warnings.Select(w => $"{letter.File}: {w}"));

            switch (format)
            {
                case Format.Json when !show.SummaryOnly:
                    serializer.Serialize(json!, EvaluationJson.Letter(letter));
                    break;
                case Format.Csv:
                    csv!.Write(letter);
                    break;
                case Format.Table:
                    tableRows.Add(letter);
                    break;
            }
        }

        var results = evaluator.EvaluateAll(found, mode, threads);
        if (!show.Quiet && ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected && files.Count > 1)
        {
            var progress = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            progress.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ProgressCountsColumn())
                .Start(context =>
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
            if (!show.SummaryOnly)
            {
                json.WriteEndArray();
            }

            json.WritePropertyName("summary");
            serializer.Serialize(json, EvaluationJson.Summary(figures));
            json.WriteEndObject();
            json.Flush();
            writer.WriteLine();
        }
        else if (format == Format.Table)
        {
            var table = outFile is null ? console.Ansi : CliConsole.CreateAnsi(writer, terminal: false);
            if (show.SummaryOnly)
            {
                table.MarkupLine(Markup.Escape($"{EvaluationModes.Name(mode)} mode. {PhysicianDisclaimer.Text}"));
                EvaluationTable.WriteFigures(table, figures);
            }
            else
            {
                EvaluationTable.Write(table, mode, tableRows, figures, show.Details);
            }
        }

        // Errors go to stderr in every format, each once: the paths' problems were said before the work.
        foreach (var error in errors.Except(pathProblems))
        {
            console.Error.WriteLine($"error: {error}");
        }

        // Like errors, said once after the batch so that they never garble the progress bar.
        foreach (var warning in warnings)
        {
            console.Error.WriteLine($"warning: {warning}");
        }

        var historyFailed = false;
        if (recorder is not null)
        {
            try
            {
                var recorded = history.Record(recorder.Build(figures, JsonConvert.SerializeObject(EvaluationJson.Summary(figures), EvaluationJson.Settings), DateTimeOffset.UtcNow));
                console.Error.WriteLine($"run {recorded} recorded in {history.Where}");
            }
            catch (Exception e) when (HistoryFailure.Is(e))
            {
                historyFailed = true;
                console.Error.WriteLine($"error: the run was not recorded: the history in {history.Where} cannot be written: {e.GetBaseException().Message}");
            }
        }

        if (report is not null)
        {
            if (history.Exists && !historyFailed)
            {
                try
                {
                    // Prescreen and audit answer different questions: a trend compares runs of this run's mode.
                    report.Trend = [.. history.Trend().Where(t => t.Mode == EvaluationModes.Name(mode))];
                }
                catch (Exception e) when (HistoryFailure.Is(e))
                {
                    historyFailed = true;
                    console.Error.WriteLine($"error: the report has no trend: the history in {history.Where} cannot be read: {e.GetBaseException().Message}");
                }
            }

            try
            {
                reportFile!.Writer.Write(report.Build(figures));
                reportFile.Writer.Flush();
            }
            catch (Exception e) when (OutputFile.IsWriteFailure(e))
            {
                console.Error.WriteLine(OutputFile.Describe(reportFile!.Option, reportFile.Path, e));
                return ExitCodes.OutputFailed;
            }

            console.Error.WriteLine($"report written to {reportFile.Path}");
        }

        return figures.FailedLetters > 0 ? ExitCodes.SomeInputsFailed : historyFailed ? ExitCodes.HistoryFailed : ExitCodes.Success;
    }

    private static string ToolVersion =>
        typeof(EvaluateCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>What the user asked to see.</summary>
    private sealed record Show(bool Quiet, bool Details, bool SummaryOnly);
}
