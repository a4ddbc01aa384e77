using System.CommandLine;
using GuidelineEngine.Application.Contract;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Cli.Output;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Fhir;
using GuidelineEngine.Text;
using Spectre.Console;

namespace GuidelineEngine.Cli.Commands;

/// <summary>
/// <c>guideline prescreen NOTE.txt --item ... [--date yyyy-MM-dd]</c> or <c>guideline prescreen --fhir bundle.json</c>:
/// the reviewer's checklist for a note, through the same use case as the page and the API.
/// </summary>
internal sealed class PrescreenCommand(Prescreener prescreener, FhirPrescreener fhirPrescreener) : ICliCommand
{
    public Command Build(CliConsole console)
    {
        var note = new Argument<FileInfo?>("NOTE") { Description = "The clinical note, a text file (UTF-8).", Arity = ArgumentArity.ZeroOrOne };
        var items = new Option<string[]>("--item") { Description = "A requested item, e.g. \"Norco 10/325mg #60\"; repeat for each item. Needs NOTE.", AllowMultipleArgumentsPerToken = false };
        var date = new Option<string?>("--date") { Description = "The request date, yyyy-MM-dd: chooses the guideline edition.", HelpName = "yyyy-MM-dd" };
        var fhir = new Option<FileInfo?>("--fhir") { Description = "A FHIR R4 Bundle (JSON) holding the note (DocumentReference or DiagnosticReport) and the requests (MedicationRequest, ServiceRequest), instead of NOTE and --item.", HelpName = "bundle.json" };
        var format = ChoiceOption.Create("--format", "Output format: table or json.", OutputFormat.Table);
        var command = new Command("prescreen", HelpText.WithExamples(
            "Pre-screen a clinical note: which MTUS criteria it documents for each requested item, and what documentation is missing. Predictions flag items for a physician reviewer; they are not decisions.",
            "guideline prescreen note.txt --item \"Norco 10/325mg #60\" --item \"Lidoderm 5% patch #30\" --date 2014-09-10",
            "guideline prescreen --fhir bundle.json --format json")) { note, items, date, fhir, format };
        command.Validators.Add(result =>
        {
            var hasNote = result.GetValue(note) is not null;
            var hasFhir = result.GetValue(fhir) is not null;
            var hasItems = result.GetValue(items) is { Length: > 0 };
            if (hasNote == hasFhir)
            {
                result.AddError(hasNote
                    ? "NOTE and --fhir: give one of them: a note with --item, or a FHIR Bundle"
                    : "NOTE or --fhir: expected a note file with --item, or --fhir bundle.json");
            }
            else if (hasNote && !hasItems)
            {
                result.AddError("--item: is required with NOTE: name each requested item, e.g. --item \"Norco 10/325mg #60\"");
            }
            else if (hasFhir && (hasItems || result.GetValue(date) is not null))
            {
                result.AddError("--item and --date: not used with --fhir: the Bundle's MedicationRequest and ServiceRequest resources give the items and their authoredOn the date");
            }

            if (result.GetValue(date) is { } text && !ClinicalDates.TryParseIso(text, out _))
            {
                result.AddError($"--date: '{text}' is not a date: expected yyyy-MM-dd, e.g. 2014-09-10");
            }
        });
        command.SetAction(result =>
        {
            var asJson = (result.GetValue(format) ?? OutputFormat.Table) == OutputFormat.Json;
            return result.GetValue(fhir) is { } bundle
                ? RunFhir(console, bundle, asJson)
                : RunNote(console, result.GetValue(note)!, result.GetValue(items) ?? [], result.GetValue(date), asJson);
        });
        return command;
    }

    private int RunNote(CliConsole console, FileInfo file, string[] items, string? dateText, bool asJson)
    {
        if (Read(console, file) is not { } text)
        {
            return ExitCodes.SomeInputsFailed;
        }

        DateOnly? date = dateText is not null && ClinicalDates.TryParseIso(dateText, out var parsed) ? parsed : null;
        var request = new PrescreenNote(text, items, date);
        if (request.Problems() is { Count: > 0 } problems)
        {
            foreach (var (field, message) in problems)
            {
                console.Error.WriteLine($"error: {file.Name}: {(field == "clinicalText" ? "the note" : field.Replace("items", "--item", StringComparison.Ordinal))} {message}");
            }

            return ExitCodes.SomeInputsFailed;
        }

        var evaluated = prescreener.Prescreen(request);
        Write(console, file.Name, evaluated, asJson ? PrescreenJson.Response(evaluated, request.ClinicalText) : null);
        return ExitCodes.Success;
    }

    private int RunFhir(CliConsole console, FileInfo file, bool asJson)
    {
        if (Read(console, file) is not { } json)
        {
            return ExitCodes.SomeInputsFailed;
        }

        FhirPrescreenResult result;
        try
        {
            result = fhirPrescreener.PrescreenBundle(json, file.Name);
        }
        catch (FhirInputException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.SomeInputsFailed;
        }

        foreach (var notice in result.Input.Notices)
        {
            console.Error.WriteLine($"warning: {file.Name}: {notice}");
        }

        if (result.Problems.Count > 0)
        {
            foreach (var (field, message) in result.Problems)
            {
                console.Error.WriteLine($"error: {file.Name}: {field}: {message}");
            }

            return ExitCodes.SomeInputsFailed;
        }

        Write(console, file.Name, result.Items, asJson ? PrescreenJson.Response(result) : null);
        return ExitCodes.Success;
    }

    // The checklist of evaluate --details, with the documentation missing after each item; or the JSON when given.
    private static void Write(CliConsole console, string source, IReadOnlyList<EvaluatedItem> items, object? json)
    {
        if (json is not null)
        {
            JsonOutput.Write(console.Out, json);
            return;
        }

        console.Ansi.MarkupLine(Markup.Escape($"Pre-screen (prescreen mode). {PhysicianDisclaimer.Text}"));
        foreach (var item in items)
        {
            EvaluationTable.WriteChecklist(console.Ansi, source, item, withRecorded: false);
            var missing = item.Evaluation.MissingDocumentation;
            console.Ansi.MarkupLine(missing.Count == 0
                ? "documentation missing: none"
                : "documentation missing:" + string.Concat(missing.Select(m => $"{Environment.NewLine}  - {Markup.Escape(m)}")));
        }
    }

    private static string? Read(CliConsole console, FileInfo file)
    {
        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {file.FullName}: cannot be read: {e.Message}");
            return null;
        }
    }
}
