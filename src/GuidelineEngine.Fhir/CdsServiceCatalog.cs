namespace GuidelineEngine.Fhir;

/// <summary>The CDS Hooks services this engine offers: one per order hook, each asking the EHR to prefetch the patient, the diagnoses and the notes.</summary>
public static class CdsServiceCatalog
{
    /// <summary>The hooks answered.</summary>
    public static IReadOnlyList<string> Hooks { get; } = ["order-select", "order-sign"];

    /// <summary>The prefetch templates, written as the FHIR queries an EHR fills.</summary>
    public static IReadOnlyDictionary<string, string> Prefetch { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["patient"] = "Patient/{{context.patientId}}",
        ["conditions"] = "Condition?patient={{context.patientId}}",
        ["notes"] = "DocumentReference?patient={{context.patientId}}",
    };

    /// <summary>The prefetch key of the clinical notes: without it nothing can be pre-screened.</summary>
    public const string NotesKey = "notes";

    /// <summary>The service id answering <paramref name="hook"/>, e.g. <c>mtus-prescreen-order-sign</c>.</summary>
    public static string ServiceId(string hook) => $"mtus-prescreen-{hook}";

    /// <summary>The hook the service <paramref name="id"/> answers, or null when no service has that id.</summary>
    public static string? HookOf(string id) => Hooks.FirstOrDefault(h => ServiceId(h) == id);

    /// <summary>A prefetch template filled for one patient: the FHIR query to run on the EHR's server.</summary>
    public static string Fill(string template, string patientId)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.Replace("{{context.patientId}}", Uri.EscapeDataString(patientId), StringComparison.Ordinal);
    }
}
