namespace GuidelineEngine.Fhir;

/// <summary>FHIR input that cannot be read: not JSON, not a FHIR resource, or a resource the deserializer rejects. The message names where and what was expected.</summary>
public sealed class FhirInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FhirInputException()
    {
    }

    /// <summary>Creates the exception with a message naming where the input is wrong and what was expected.</summary>
    public FhirInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public FhirInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
