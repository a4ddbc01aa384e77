namespace GuidelineEngine.Fhir;

/// <summary>The EHR's FHIR server could not give what a prefetch query asked (CDS Hooks answers 412).</summary>
public sealed class FhirServerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FhirServerException()
    {
    }

    /// <summary>Creates the exception with a message naming the query and what went wrong.</summary>
    public FhirServerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public FhirServerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
