using GuidelineEngine.Fhir;
using Microsoft.AspNetCore.Http;

namespace GuidelineEngine.Server;

/// <summary>Problem answers for FHIR input that cannot be read: 400 naming the field the message starts with.</summary>
internal static class FhirProblems
{
    public static IResult BadRequest(FhirInputException e)
    {
        // FHIR input messages read "field: what is wrong"; the field is the problem's key.
        var split = e.Message.IndexOf(": ", StringComparison.Ordinal);
        return split > 0 && !e.Message[..split].Contains(' ', StringComparison.Ordinal)
            ? ApiProblems.BadRequest(e.Message[..split], e.Message[(split + 2)..])
            : ApiProblems.BadRequest("body", e.Message);
    }
}
