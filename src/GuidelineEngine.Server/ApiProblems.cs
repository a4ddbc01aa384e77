using Microsoft.AspNetCore.Http;

namespace GuidelineEngine.Server;

/// <summary>RFC 7807 problem responses that name the field at fault.</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string field, string message) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            title: "The request is not valid.",
            detail: $"{field}: {message}");

    /// <summary>422: the request is well formed but what it carries cannot be processed, e.g. an upload that is not a readable letter.</summary>
    public static IResult Unprocessable(string field, string message, IReadOnlyList<string>? warnings = null) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            title: "The upload could not be evaluated.",
            detail: $"{field}: {message}",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: warnings is { Count: > 0 } ? new Dictionary<string, object?> { ["warnings"] = warnings } : null);

    public static IResult UnsupportedMediaType(string expected) =>
        Results.Problem(
            title: "The request body has an unsupported content type.",
            detail: $"Send the body as {expected} (Content-Type: {expected}).",
            statusCode: StatusCodes.Status415UnsupportedMediaType);

    public static IResult InternalFault(string? path, Exception fault) =>
        Results.Problem(
            title: "The request met an internal fault.",
            detail: $"{path}: " + Reading.InternalFault.Describe(fault, "answering the request"),
            statusCode: StatusCodes.Status500InternalServerError);

    public static IResult TooLarge() =>
        Results.Problem(
            title: "The request body is too large.",
            detail: $"Bodies up to {ServerLimits.MaxBodyBytes / (1024 * 1024)} MB are accepted.",
            statusCode: StatusCodes.Status413PayloadTooLarge);
}
