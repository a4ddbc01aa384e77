namespace GuidelineEngine.Application;

/// <summary>How the CDS Hooks service behaves (configuration section <c>CdsHooks</c>).</summary>
public sealed class CdsHooksOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CdsHooks";

    /// <summary>
    /// Whether a prefetch the EHR left out is fetched from the request's <c>fhirServer</c>. Off by
    /// default: the service then reads only what it was sent and its cards say what was missing.
    /// </summary>
    public bool FetchMissingPrefetch { get; set; }

    /// <summary>How long one such fetch may take, in seconds.</summary>
    public int FetchTimeoutSeconds { get; set; } = 10;
}
