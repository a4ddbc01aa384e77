using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GuidelineEngine.Server;

/// <summary>Reads an uploaded multipart form, turning a malformed body into a problem the client can fix.</summary>
internal static class MultipartUpload
{
    /// <summary>True when the multipart content type names its boundary; otherwise what is wrong.</summary>
    public static bool HasBoundary(HttpRequest request, out string problem)
    {
        problem = string.Empty;
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && HeaderUtilities.RemoveQuotes(type.Boundary).Length > 0)
        {
            return true;
        }

        problem = "the multipart/form-data content type names no boundary: send the upload as a form (the client sets the boundary)";
        return false;
    }

    /// <summary>The form, or null with what is wrong when the body does not follow the multipart format.</summary>
    public static async Task<(IFormCollection? Form, string? Problem)> ReadAsync(HttpRequest request)
    {
        try
        {
            return (await request.ReadFormAsync().ConfigureAwait(false), null);
        }
        catch (InvalidDataException e) when (!e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"the multipart body is malformed ({e.Message.TrimEnd('.')}): expected a form with a field 'file' holding a .txt or .pdf letter");
        }
        catch (IOException e)
        {
            return (null, $"the multipart body ends early ({e.Message.TrimEnd('.')}): expected a whole form with a field 'file'");
        }
    }
}
