using System.Text;
using Microsoft.AspNetCore.Http;

namespace GuidelineEngine.Server;

/// <summary>Reads a request body as text, refusing more than <see cref="ServerLimits.MaxBodyBytes"/> even without a Content-Length.</summary>
internal static class BodyReader
{
    /// <summary>The body, or null when it is larger than the limit.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request)
    {
        if (request.ContentLength > ServerLimits.MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > ServerLimits.MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
