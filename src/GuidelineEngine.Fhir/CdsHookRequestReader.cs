using Hl7.Fhir.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Fhir;

/// <summary>Reads a CDS Hooks 2.0 request body; each problem names the field and what was expected.</summary>
public static class CdsHookRequestReader
{
    /// <summary>Reads <paramref name="json"/> as a call of the service that answers <paramref name="expectedHook"/>.</summary>
    /// <exception cref="FhirInputException">The body is not a CDS Hooks request for that hook.</exception>
    public static CdsHookRequest Read(string json, string expectedHook)
    {
        JObject body;
        try
        {
            // A key given twice is refused, as POST /api/prescreen does: keeping one would answer what the EHR did not send.
            body = JToken.Parse(json, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error }) as JObject
                ?? throw new FhirInputException("body: expected a JSON object (a CDS Hooks request)");
        }
        catch (JsonReaderException e)
        {
            // Newtonsoft ends its message with the path and position, said here in the product's words.
            var reason = e.Message.Split(" Path '")[0].TrimEnd('.');
            throw new FhirInputException($"body: malformed JSON at line {e.LineNumber}, position {e.LinePosition}: {reason}; expected a CDS Hooks request", e);
        }

        var hook = Text(body, "hook") ?? throw new FhirInputException($"hook: is required: this service answers '{expectedHook}'");
        if (!string.Equals(hook, expectedHook, StringComparison.Ordinal))
        {
            throw new FhirInputException($"hook: is '{hook}': this service answers '{expectedHook}' only (see GET /cds-services)");
        }

        var instance = Text(body, "hookInstance") ?? throw new FhirInputException("hookInstance: is required: the EHR's id of this call");
        if (body["context"] is not JObject context)
        {
            throw new FhirInputException("context: is required: an object with patientId and draftOrders");
        }

        var patientId = Text(context, "patientId") ?? throw new FhirInputException("context.patientId: is required");
        if (context["draftOrders"] is not JObject orders)
        {
            throw new FhirInputException("context.draftOrders: is required: a FHIR Bundle of the orders being " + (hook == "order-sign" ? "signed" : "selected"));
        }

        var draft = FhirJson.Read(orders.ToString(Formatting.None), "context.draftOrders");
        if (draft is not Bundle)
        {
            throw new FhirInputException($"context.draftOrders: is a {draft.TypeName}: expected a Bundle");
        }

        var prefetch = new Dictionary<string, Resource>(StringComparer.Ordinal);
        if (body["prefetch"] is JObject sent)
        {
            foreach (var (key, value) in sent)
            {
                // The EHR sends null for a prefetch it could not fill; that key is then missing.
                if (value is JObject resource)
                {
                    prefetch[key] = FhirJson.Read(resource.ToString(Formatting.None), $"prefetch.{key}");
                }
            }
        }

        Uri? server = null;
        if (Text(body, "fhirServer") is { } address && !Uri.TryCreate(address, UriKind.Absolute, out server))
        {
            throw new FhirInputException($"fhirServer: '{address}' is not an absolute URL");
        }

        return new CdsHookRequest
        {
            Hook = hook,
            HookInstance = instance,
            FhirServer = server,
            AccessToken = (body["fhirAuthorization"] as JObject) is { } auth ? Text(auth, "access_token") : null,
            PatientId = patientId,
            DraftOrders = [.. FhirPrescreenMapper.Flatten(draft)],
            Prefetch = prefetch,
        };
    }

    private static string? Text(JObject parent, string name) =>
        parent[name] is JValue { Type: JTokenType.String } value && value.Value<string>() is { Length: > 0 } text ? text : null;
}
