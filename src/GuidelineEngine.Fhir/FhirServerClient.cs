using System.Net.Http.Headers;
using Hl7.Fhir.Model;

namespace GuidelineEngine.Fhir;

/// <summary>
/// Runs a prefetch query on the EHR's FHIR server, for a CDS Hooks call whose prefetch left a key
/// out. Used only when the operator turns it on: by default the service reads what it was sent.
/// </summary>
public class FhirServerClient(HttpClient http)
{
    /// <summary>Runs <paramref name="query"/> (e.g. <c>Patient/123</c>) on <paramref name="server"/>.</summary>
    /// <exception cref="FhirServerException">The server could not be reached, or answered with an error or with something other than a FHIR resource.</exception>
    public virtual async Task<Resource> GetAsync(Uri server, string query, string? accessToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var address = new Uri(server.AbsoluteUri.TrimEnd('/') + "/" + query);
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(FhirJson.MediaType));
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new FhirServerException($"GET {address} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var json = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return FhirJson.Read(json, $"GET {address}");
        }
        catch (HttpRequestException e)
        {
            throw new FhirServerException($"GET {address} failed: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FhirServerException($"GET {address} timed out", e);
        }
        catch (FhirInputException e)
        {
            throw new FhirServerException(e.Message, e);
        }
    }
}
