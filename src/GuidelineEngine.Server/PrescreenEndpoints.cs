using System.Globalization;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Extraction;
using GuidelineEngine.Model;
using GuidelineEngine.Reading;
using GuidelineEngine.Reading.Parsing;
using GuidelineEngine.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Newtonsoft.Json;

namespace GuidelineEngine.Server;

/// <summary>The API: pre-screen a note, evaluate an uploaded letter, the rule catalogue, health. Nothing is stored.</summary>
internal static class PrescreenEndpoints
{
    private static readonly string[] LetterTypes = [".txt", ".pdf"];

    public static IEndpointRouteBuilder MapPrescreenApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (RuleCatalog catalog) => ApiJson.Ok(new { status = "ok", rules = catalog.Rules.Count }));
        app.MapGet("/api/rules", (RuleCatalog catalog) => ApiJson.Ok(catalog.Rules.Select(r => new
        {
            id = r.Id,
            topic = r.Topic.ToString(),
            editions = r.Editions.ToString(),
            criterion = r.Criterion,
            citation = r.Citation,
        })));
        app.MapPost("/api/prescreen", PrescreenAsync);
        app.MapPost("/api/letters", LetterAsync);
        return app;
    }

    private static async Task<IResult> PrescreenAsync(HttpRequest request, FactExtractor extractor, GuidelineEvaluator evaluator)
    {
        var body = await BodyReader.ReadTextAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return ApiProblems.TooLarge();
        }

        PrescreenRequest? input;
        try
        {
            input = JsonConvert.DeserializeObject<PrescreenRequest>(body, new JsonSerializerSettings { MissingMemberHandling = MissingMemberHandling.Ignore });
        }
        catch (JsonException e)
        {
            return ApiProblems.BadRequest("body", $"malformed JSON: {e.Message}");
        }

        if (input is null)
        {
            return ApiProblems.BadRequest("body", "expected a JSON object with clinicalText and items");
        }

        if (string.IsNullOrWhiteSpace(input.ClinicalText))
        {
            return ApiProblems.BadRequest("clinicalText", input.ClinicalText is null ? "is required: the clinical note to pre-screen" : "is empty: paste the clinical note");
        }

        if (input.Items is null || input.Items.Count == 0)
        {
            return ApiProblems.BadRequest("items", "is required: at least one requested item, e.g. \"Norco 10/325mg #60\"");
        }

        var blank = input.Items.FindIndex(string.IsNullOrWhiteSpace);
        if (blank >= 0)
        {
            return ApiProblems.BadRequest($"items[{blank}]", "is empty: name the requested item");
        }

        DateOnly? requestDate = null;
        if (!string.IsNullOrWhiteSpace(input.RequestDate))
        {
            if (!DateOnly.TryParseExact(input.RequestDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return ApiProblems.BadRequest("requestDate", "expected a date as yyyy-MM-dd");
            }

            requestDate = date;
        }

        var letter = new Letter
        {
            File = "prescreen",
            Header = new LetterHeader { UrDenialDate = requestDate },
            Patient = new Patient(null, null),
            Reviewer = new Reviewer(null, null),
            ClinicalSummary = input.ClinicalText,
            Items = [.. input.Items.Select((item, i) => new DisputedItem
            {
                Number = i + 1,
                Heading = item!.Trim(),
                Request = item.Trim(),
                // A pre-screen has no recorded outcome; the field is required by the letter model only.
                Outcome = Outcome.Upheld,
                Rationale = string.Empty,
                Details = RequestDetailsParser.Parse(item.Trim()),
            })],
        };
        var items = extractor.ExtractAll(letter, EvaluationMode.Prescreen).Select(f => ApiJson.Item(evaluator.Evaluate(f))).ToList();
        return ApiJson.Ok(new { mode = "prescreen", items });
    }

    private static async Task<IResult> LetterAsync(HttpRequest request, LetterReader reader, BatchEvaluator batch)
    {
        if (request.ContentLength > ServerLimits.MaxBodyBytes)
        {
            return ApiProblems.TooLarge();
        }

        if (!request.HasFormContentType)
        {
            return ApiProblems.BadRequest("file", "expected a multipart/form-data upload with a field 'file' holding a .txt or .pdf letter");
        }

        var form = await request.ReadFormAsync().ConfigureAwait(false);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return ApiProblems.BadRequest("file", "is required: upload a .txt or .pdf IMR letter");
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!LetterTypes.Contains(extension))
        {
            return ApiProblems.BadRequest("file", $"has an unsupported type '{extension}': expected a .txt or .pdf IMR letter");
        }

        var mode = string.Equals(request.Query["mode"], "audit", StringComparison.OrdinalIgnoreCase) ? EvaluationMode.Audit : EvaluationMode.Prescreen;
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer).ConfigureAwait(false);
        var name = Path.GetFileName(file.FileName);
        var letter = batch.Evaluate(reader.Read(name, buffer.ToArray()), mode);
        var summary = new BatchSummaryBuilder();
        summary.Add(letter);
        return ApiJson.Ok(new
        {
            mode = mode.ToString().ToLowerInvariant(),
            letters = new[] { EvaluationJson.Letter(letter, withSummary: true) },
            summary = EvaluationJson.Summary(summary.Build()),
        });
    }
}
