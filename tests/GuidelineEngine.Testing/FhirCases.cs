using System.Text;
using GuidelineEngine.Reading;
using Newtonsoft.Json.Linq;

namespace GuidelineEngine.Testing;

/// <summary>
/// FHIR R4 resources and CDS Hooks requests written by hand as JSON (not with the SDK under test):
/// a seed letter's note, items and date, and made cases.
/// </summary>
public static class FhirCases
{
    /// <summary>A seed letter as a pre-screen sees it: its clinical summary, its items' requests (no outcome) and its UR denial date.</summary>
    public static (string Note, IReadOnlyList<string> Items, string? Date) Seed(string number)
    {
        var letter = new LetterReader().Read(TestPaths.Seed(number)).Letter!;
        return (letter.ClinicalSummary, [.. letter.Items.Select(i => i.Request)], letter.Header.UrDenialDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A DocumentReference holding <paramref name="text"/> as a base64 attachment of <paramref name="contentType"/>.</summary>
    public static JObject Note(string text, string contentType = "text/plain", string id = "note-1") => new()
    {
        ["resourceType"] = "DocumentReference",
        ["id"] = id,
        ["status"] = "current",
        ["subject"] = new JObject { ["reference"] = "Patient/p1" },
        ["content"] = new JArray(new JObject
        {
            ["attachment"] = new JObject { ["contentType"] = contentType, ["data"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) },
        }),
    };

    /// <summary>A draft MedicationRequest for <paramref name="text"/>, with a dispensed quantity when given.</summary>
    public static JObject Medication(string text, string id, decimal? quantity = null, string? authoredOn = null)
    {
        var request = new JObject
        {
            ["resourceType"] = "MedicationRequest",
            ["id"] = id,
            ["status"] = "draft",
            ["intent"] = "order",
            ["medicationCodeableConcept"] = new JObject { ["text"] = text },
            ["subject"] = new JObject { ["reference"] = "Patient/p1" },
        };
        if (authoredOn is not null)
        {
            request["authoredOn"] = authoredOn;
        }

        if (quantity is not null)
        {
            request["dispenseRequest"] = new JObject { ["quantity"] = new JObject { ["value"] = quantity, ["unit"] = "tablet" } };
        }

        return request;
    }

    /// <summary>A draft ServiceRequest for <paramref name="text"/>, with body sites when given.</summary>
    public static JObject Service(string text, string id, string? authoredOn = null, params string[] bodySites)
    {
        var request = new JObject
        {
            ["resourceType"] = "ServiceRequest",
            ["id"] = id,
            ["status"] = "draft",
            ["intent"] = "order",
            ["code"] = new JObject { ["text"] = text },
            ["subject"] = new JObject { ["reference"] = "Patient/p1" },
        };
        if (authoredOn is not null)
        {
            request["authoredOn"] = authoredOn;
        }

        if (bodySites.Length > 0)
        {
            request["bodySite"] = new JArray(bodySites.Select(s => new JObject { ["text"] = s }));
        }

        return request;
    }

    /// <summary>A Bundle of <paramref name="resources"/>.</summary>
    public static JObject Bundle(string type, params JObject[] resources) => new()
    {
        ["resourceType"] = "Bundle",
        ["type"] = type,
        ["entry"] = new JArray(resources.Select(r => new JObject { ["fullUrl"] = $"urn:uuid:{Guid.NewGuid()}", ["resource"] = r })),
    };

    /// <summary>
    /// The orders of a seed's items: a MedicationRequest for each item that reads as a medication,
    /// a ServiceRequest for the others; the item text as the coded concept's text, dated <paramref name="date"/>.
    /// </summary>
    public static JObject[] Orders(IReadOnlyList<string> items, string? date) =>
        [.. items.Select((item, i) => Reading.Parsing.RequestDetailsParser.Parse(item).IsMedication
            ? Medication(item, $"order-{i + 1}", authoredOn: date)
            : Service(item, $"order-{i + 1}", date))];

    /// <summary>A CDS Hooks request for <paramref name="hook"/> with the draft orders and the prefetch given (a null value is a prefetch the EHR could not fill).</summary>
    public static JObject HookRequest(string hook, JObject[] orders, IDictionary<string, JObject?> prefetch, string? fhirServer = null)
    {
        var request = new JObject
        {
            ["hook"] = hook,
            ["hookInstance"] = Guid.NewGuid().ToString(),
            ["context"] = new JObject
            {
                ["userId"] = "Practitioner/dr-1",
                ["patientId"] = "p1",
                ["draftOrders"] = Bundle("collection", orders),
            },
            ["prefetch"] = new JObject(prefetch.Select(p => new JProperty(p.Key, (JToken?)p.Value ?? JValue.CreateNull()))),
        };
        if (fhirServer is not null)
        {
            request["fhirServer"] = fhirServer;
        }

        return request;
    }

    /// <summary>A seed letter's order-sign (or order-select) request: its note prefetched as <c>notes</c>, its items as draft orders.</summary>
    public static JObject SeedHookRequest(string number, string hook = "order-sign")
    {
        var (note, items, date) = Seed(number);
        return HookRequest(hook, Orders(items, date), new Dictionary<string, JObject?>
        {
            ["patient"] = new JObject { ["resourceType"] = "Patient", ["id"] = "p1", ["gender"] = "female", ["birthDate"] = "1954-03-02" },
            ["conditions"] = Bundle("searchset"),
            ["notes"] = Bundle("searchset", Note(note)),
        });
    }
}
