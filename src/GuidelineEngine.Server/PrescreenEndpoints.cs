using GuidelineEngine.Application;
using GuidelineEngine.Application.Contract;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Index;
using GuidelineEngine.Reading;
using GuidelineEngine.Reporting;
using GuidelineEngine.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Server;

/// <summary>The API: pre-screen a note, evaluate an uploaded letter, the rule catalogue, health. Nothing is stored.</summary>
internal static class PrescreenEndpoints
{
    private static readonly string[] LetterTypes = [".txt", ".pdf"];

    public static IEndpointRouteBuilder MapPrescreenApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (RuleCatalog catalog) => ApiJson.Ok(new { disclaimer = PhysicianDisclaimer.Text, status = "ok", rules = catalog.Rules.Count }));
        app.MapGet("/api/rules", (RuleCatalog catalog) => ApiJson.Ok(new { disclaimer = PhysicianDisclaimer.Text, rules = CatalogEntry.From(catalog), index = IndexEntry.From(GuidelineIndex.Default, catalog) }));
        app.MapPost("/api/prescreen", PrescreenAsync);
        app.MapPost("/api/letters", LetterAsync);
        return app;
    }

    private static async Task<IResult> PrescreenAsync(HttpRequest request, Prescreener prescreener, FhirPrescreener fhirPrescreener)
    {
        if (FhirPrescreenEndpoint.IsFhir(request))
        {
            return await FhirPrescreenEndpoint.PrescreenAsync(request, fhirPrescreener).ConfigureAwait(false);
        }

        if (!request.HasJsonContentType())
        {
            return ApiProblems.UnsupportedMediaType("application/json");
        }

        var body = await BodyReader.ReadTextAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return ApiProblems.TooLarge();
        }

        JToken? json;
        try
        {
            json = PrescreenRequest.Read(body);
        }
        catch (JsonException e)
        {
            return ApiProblems.BadRequest("body", $"malformed JSON: {e.Message}");
        }

        if (json is not JObject fields)
        {
            return ApiProblems.BadRequest("body", "expected a JSON object with clinicalText and items");
        }

        // Checked before binding: the serializer's own message names the .NET type it converts to.
        if (PrescreenRequest.WrongType(fields) is { } field)
        {
            return ApiProblems.BadRequest(field, PrescreenRequest.Expected(field));
        }

        var input = PrescreenRequest.Bind(fields);
        DateOnly? requestDate = null;
        if (!string.IsNullOrWhiteSpace(input.RequestDate))
        {
            if (!ClinicalDates.TryParseIso(input.RequestDate, out var date))
            {
                return ApiProblems.BadRequest("requestDate", "is not a date: expected yyyy-MM-dd, e.g. 2014-09-10");
            }

            requestDate = date;
        }

        var note = new PrescreenNote(input.ClinicalText!, [.. (input.Items ?? []).Select(i => i!)], requestDate);
        if (note.Problems() is { Count: > 0 } problems)
        {
            return ApiProblems.BadRequest(problems[0].Field, problems[0].Message);
        }

        return ApiJson.Ok(PrescreenJson.Response(prescreener.Prescreen(note), note.ClinicalText));
    }

    private static async Task<IResult> LetterAsync(HttpRequest request, LetterEvaluator evaluator, IOptions<EvaluationOptions> options)
    {
        if (request.ContentLength > ServerLimits.MaxBodyBytes)
        {
            return ApiProblems.TooLarge();
        }

        var mode = options.Value.DefaultMode;
        if (request.Query.TryGetValue("mode", out var modeText) && !EvaluationModes.TryParse(modeText, out mode, out var modeError))
        {
            return ApiProblems.BadRequest("mode", modeError);
        }

        if (!request.HasFormContentType)
        {
            return ApiProblems.BadRequest("file", "expected a multipart/form-data upload with a field 'file' holding a .txt or .pdf letter");
        }

        if (!MultipartUpload.HasBoundary(request, out var boundaryProblem))
        {
            return ApiProblems.BadRequest("file", boundaryProblem);
        }

        var (form, formProblem) = await MultipartUpload.ReadAsync(request).ConfigureAwait(false);
        if (form is null)
        {
            return ApiProblems.BadRequest("file", formProblem!);
        }

        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return ApiProblems.BadRequest("file", "is required: upload a .txt or .pdf IMR letter");
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!LetterTypes.Contains(extension))
        {
            return ApiProblems.BadRequest("file", $"has an unsupported type '{extension}': expected a .txt or .pdf IMR letter");
        }

        var name = Path.GetFileName(file.FileName);
        if (file.Length == 0)
        {
            return ApiProblems.Unprocessable("file", $"'{name}' is empty (0 bytes): expected a .txt or .pdf IMR letter");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer).ConfigureAwait(false);
        var letter = evaluator.Evaluate(name, buffer.ToArray(), mode);
        if (form.Files.Count > 1)
        {
            var ignored = string.Join(", ", form.Files.Where(f => !ReferenceEquals(f, file)).Select(f => $"'{Path.GetFileName(f.FileName)}'"));
            letter = letter with { Warnings = [.. letter.Warnings, $"only the field 'file' ('{name}') was evaluated; the other uploaded files were ignored: {ignored}"] };
        }

        if (letter.Error is { } error)
        {
            // The upload arrived whole but is not a letter that can be read: the client must send another file.
            return ApiProblems.Unprocessable("file", $"'{name}' could not be read: {error}", letter.Warnings);
        }

        var summary = new BatchSummaryBuilder();
        summary.Add(letter);
        return ApiJson.Ok(new
        {
            disclaimer = PhysicianDisclaimer.Text,
            mode = EvaluationModes.Name(mode),
            letters = new[] { EvaluationJson.Letter(letter, withSummary: true) },
            summary = EvaluationJson.Summary(summary.Build()),
        });
    }
}
