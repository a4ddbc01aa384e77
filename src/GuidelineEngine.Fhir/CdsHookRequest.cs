using Hl7.Fhir.Model;

namespace GuidelineEngine.Fhir;

/// <summary>A CDS Hooks 2.0 call as the service reads it: the hook, the FHIR server, the patient, the draft orders and what the EHR prefetched.</summary>
public sealed record CdsHookRequest
{
    /// <summary>The hook that fired, e.g. <c>order-sign</c>.</summary>
    public required string Hook { get; init; }

    /// <summary>The EHR's id of this call.</summary>
    public required string HookInstance { get; init; }

    /// <summary>The EHR's FHIR server, when it gave one.</summary>
    public Uri? FhirServer { get; init; }

    /// <summary>The bearer token for <see cref="FhirServer"/>, when given.</summary>
    public string? AccessToken { get; init; }

    /// <summary>The patient the orders are for (<c>context.patientId</c>).</summary>
    public required string PatientId { get; init; }

    /// <summary>The orders being selected or signed (<c>context.draftOrders</c>, a Bundle).</summary>
    public required IReadOnlyList<Resource> DraftOrders { get; init; }

    /// <summary>The prefetched resources by key; a key the EHR sent as null, or left out, is absent.</summary>
    public required IReadOnlyDictionary<string, Resource> Prefetch { get; init; }
}
