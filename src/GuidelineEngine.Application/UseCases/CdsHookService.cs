using GuidelineEngine.Application.Contract;
using GuidelineEngine.Fhir;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;

namespace GuidelineEngine.Application.UseCases;

/// <summary>
/// Answers a CDS Hooks <c>order-select</c> or <c>order-sign</c> call: the prefetched notes and
/// the draft orders go through the same pre-screen as the page; one card per ordered item.
/// </summary>
public sealed class CdsHookService(FhirPrescreener prescreener, FhirServerClient fhirServer, IOptions<CdsHooksOptions> options)
{
    /// <summary>The CDS Hooks response (<c>cards</c>) for <paramref name="request"/>.</summary>
    /// <param name="request">The call.</param>
    /// <param name="pageUrl">The absolute URL of the pre-screen page, linked from each card.</param>
    /// <param name="cancellationToken">Stops a fetch from the FHIR server.</param>
    /// <exception cref="FhirServerException">A prefetch the EHR left out could not be fetched from its FHIR server (CDS Hooks answers 412).</exception>
    public async Task<object> AnswerAsync(CdsHookRequest request, string pageUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var record = new Dictionary<string, Resource>(request.Prefetch, StringComparer.Ordinal);
        var missing = CdsServiceCatalog.Prefetch.Where(p => !record.ContainsKey(p.Key)).ToList();
        if (missing.Count > 0 && options.Value.FetchMissingPrefetch && request.FhirServer is { } server)
        {
            foreach (var (key, template) in missing)
            {
                record[key] = await fhirServer.GetAsync(server, CdsServiceCatalog.Fill(template, request.PatientId), request.AccessToken, cancellationToken).ConfigureAwait(false);
            }

            missing = [];
        }

        var result = prescreener.Prescreen(FhirPrescreenMapper.Map(record.Values, request.DraftOrders, prescreener.Today));
        var notSent = missing.Select(m => $"{m.Key} ({CdsServiceCatalog.Fill(m.Value, request.PatientId)})").ToList();
        return CdsCards.Response(result, notSent, pageUrl);
    }
}
