using System.Globalization;
using Hl7.Fhir.Model;
using RequestDetails = GuidelineEngine.Model.RequestDetails;
using Sex = GuidelineEngine.Model.Sex;

namespace GuidelineEngine.Fhir;

/// <summary>
/// Maps FHIR R4 resources to what a pre-screen needs. Structured fields (a MedicationRequest's
/// dispensed quantity, a ServiceRequest's body site and timing) are taken as stated; the note's
/// text is left for fact extraction.
/// </summary>
public static class FhirPrescreenMapper
{
    /// <summary>What a pre-screen lacks when no resource holds a note.</summary>
    public const string NoNote = "no clinical note: a DocumentReference or DiagnosticReport with a text/plain or text/html attachment";

    /// <summary>What a pre-screen lacks when no resource requests an item.</summary>
    public const string NoItems = "no requested item: a MedicationRequest or ServiceRequest (or a Claim with items)";

    /// <summary>Reads the resources of a Bundle (its entries, and the entries of Bundles inside it).</summary>
    /// <param name="bundleOrResource">A Bundle, or a lone resource.</param>
    /// <param name="today">The day read, for the patient's age when no request date is given.</param>
    public static FhirPrescreenInput Map(Resource bundleOrResource, DateOnly today) =>
        Map(Flatten(bundleOrResource), orders: null, today);

    /// <summary>
    /// Maps the record's resources; the requested items are <paramref name="orders"/> when given
    /// (a CDS Hooks request's draft orders), else the record's MedicationRequest, ServiceRequest
    /// and Claim resources.
    /// </summary>
    public static FhirPrescreenInput Map(IEnumerable<Resource> record, IEnumerable<Resource>? orders, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var resources = record.SelectMany(Flatten).ToList();
        var requests = orders?.SelectMany(Flatten).ToList() ?? resources;
        var notices = new List<string>();
        var notes = resources.SelectMany(r => NotesOf(r, notices)).ToList();
        var diagnoses = resources.OfType<Condition>().Where(IsAsserted).Select(c => Text(c.Code)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var items = requests.SelectMany(r => ItemsOf(r, resources)).ToList();
        if (items.Count == 0)
        {
            // Claim items stand for the request only when no order states it.
            items = [.. requests.OfType<Claim>().SelectMany(ClaimItems)];
        }

        foreach (var response in resources.OfType<ClaimResponse>())
        {
            notices.Add($"ClaimResponse/{response.Id}: outcome '{response.Outcome}'{(response.Disposition is { } d ? $", disposition '{d}'" : string.Empty)} was read as context only: a payer's answer is never a fact of the pre-screen");
        }

        var requestDate = requests.Select(AuthoredOn).OfType<DateOnly>().Order().Cast<DateOnly?>().FirstOrDefault()
            ?? requests.OfType<Claim>().Select(c => Date(c.Created)).OfType<DateOnly>().Order().Cast<DateOnly?>().FirstOrDefault();
        var patient = resources.OfType<Patient>().FirstOrDefault();
        var text = string.Join("\n\n", notes);
        if (diagnoses.Count > 0)
        {
            text = (text.Length > 0 ? text + "\n\n" : string.Empty) + "Diagnoses: " + string.Join("; ", diagnoses) + ".";
        }

        var missing = new List<string>();
        if (notes.Count == 0)
        {
            missing.Add(NoNote);
        }

        if (items.Count == 0)
        {
            missing.Add(NoItems);
        }

        return new FhirPrescreenInput
        {
            ClinicalText = text,
            Items = items,
            RequestDate = requestDate,
            PatientAge = patient is null ? null : AgeOf(patient, requestDate ?? today),
            PatientSex = patient?.Gender switch { AdministrativeGender.Female => Sex.Female, AdministrativeGender.Male => Sex.Male, _ => null },
            Diagnoses = diagnoses,
            Missing = missing,
            Notices = notices,
        };
    }

    /// <summary>A resource and, for a Bundle, the resources of its entries, depth first.</summary>
    public static IEnumerable<Resource> Flatten(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource is not Bundle bundle)
        {
            return [resource];
        }

        return bundle.Entry.Select(e => e.Resource).OfType<Resource>().SelectMany(Flatten);
    }

    private static IEnumerable<string> NotesOf(Resource resource, List<string> notices)
    {
        var (attachments, where) = resource switch
        {
            DocumentReference d when d.Status != DocumentReferenceStatus.EnteredInError => (d.Content.Select(c => c.Attachment).OfType<Attachment>().ToList(), $"DocumentReference/{d.Id}"),
            DiagnosticReport r when r.Status != DiagnosticReport.DiagnosticReportStatus.EnteredInError => (r.PresentedForm, $"DiagnosticReport/{r.Id}"),
            _ => ([], string.Empty),
        };
        foreach (var attachment in attachments)
        {
            var (text, problem) = NoteText.Of(attachment);
            if (text is { Length: > 0 })
            {
                yield return text;
            }
            else
            {
                notices.Add($"{where}: an attachment {problem ?? "is empty"}; it was not read");
            }
        }

        if (resource is DiagnosticReport { Conclusion: { Length: > 0 } conclusion })
        {
            yield return conclusion.Trim();
        }
    }

    private static IEnumerable<FhirRequestedItem> ItemsOf(Resource resource, IReadOnlyList<Resource> record) => resource switch
    {
        MedicationRequest m when m.Status is not (MedicationRequest.MedicationrequestStatus.EnteredInError or MedicationRequest.MedicationrequestStatus.Cancelled) => [Medication(m, record)],
        ServiceRequest s when s.Status is not (RequestStatus.EnteredInError or RequestStatus.Revoked) => [Service(s)],
        _ => [],
    };

    private static FhirRequestedItem Medication(MedicationRequest request, IReadOnlyList<Resource> record)
    {
        var name = request.Medication switch
        {
            CodeableConcept concept => Text(concept),
            ResourceReference reference => reference.Display ?? ReferencedMedication(reference, request, record),
            _ => null,
        } ?? "Unnamed medication";
        var dispense = request.DispenseRequest;
        var quantity = dispense?.Quantity?.Value;
        var (duration, weeks) = DurationOf(dispense?.ExpectedSupplyDuration);
        return new FhirRequestedItem(
            WithQuantity(name, quantity),
            $"MedicationRequest/{request.Id}",
            new RequestDetails
            {
                IsMedication = true,
                Quantity = quantity,
                Refills = dispense?.NumberOfRepeatsAllowed,
                Duration = duration,
                DurationWeeks = weeks,
            });
    }

    private static FhirRequestedItem Service(ServiceRequest request)
    {
        var name = Text(request.Code) ?? "Unnamed service";
        var repeat = (request.Occurrence as Timing)?.Repeat;
        var timesPerWeek = TimesPerWeek(repeat);
        var (duration, weeks) = DurationOf(repeat?.Bounds as Duration);
        var sessions = request.Quantity is Quantity { Value: { } count } ? (int?)decimal.ToInt32(count)
            : repeat?.Count ?? (timesPerWeek * weeks);
        return new FhirRequestedItem(
            name,
            $"ServiceRequest/{request.Id}",
            new RequestDetails
            {
                Sessions = sessions,
                TimesPerWeek = timesPerWeek,
                Duration = duration,
                DurationWeeks = weeks,
                BodyParts = [.. request.BodySite.Select(Text).OfType<string>().Select(s => s.ToLowerInvariant())],
            });
    }

    private static IEnumerable<FhirRequestedItem> ClaimItems(Claim claim) =>
        claim.Item.Select(item => (Item: item, Name: Text(item.ProductOrService)))
            .Where(i => i.Name is not null)
            .Select(i => new FhirRequestedItem(
                WithQuantity(i.Name!, i.Item.Quantity?.Value),
                $"Claim/{claim.Id}#item{i.Item.Sequence}",
                new RequestDetails { Quantity = i.Item.Quantity?.Value, BodyParts = i.Item.BodySite is { } site && Text(site) is { } part ? [part.ToLowerInvariant()] : [] }));

    // A medication named by reference: a contained Medication, or one in the same Bundle.
    private static string? ReferencedMedication(ResourceReference reference, MedicationRequest request, IReadOnlyList<Resource> record)
    {
        var target = reference.Reference ?? string.Empty;
        var medication = target.StartsWith('#')
            ? request.Contained.OfType<Medication>().FirstOrDefault(m => m.Id == target[1..])
            : record.OfType<Medication>().FirstOrDefault(m => target.EndsWith($"Medication/{m.Id}", StringComparison.Ordinal));
        return medication is null ? null : Text(medication.Code);
    }

    // "Norco 10/325mg" with a dispensed quantity of 60 reads "Norco 10/325mg #60", as a letter writes it.
    private static string WithQuantity(string name, decimal? quantity) =>
        quantity is { } q && !name.Contains('#', StringComparison.Ordinal)
            ? $"{name} #{q.ToString("0.##", CultureInfo.InvariantCulture)}"
            : name;

    private static int? TimesPerWeek(Timing.RepeatComponent? repeat)
    {
        if (repeat?.Frequency is not { } frequency)
        {
            return null;
        }

        var period = repeat.Period ?? 1m;
        decimal? perWeek = repeat.PeriodUnit switch
        {
            Timing.UnitsOfTime.D => frequency * 7m / period,
            Timing.UnitsOfTime.Wk => frequency / period,
            _ => null,
        };
        return perWeek is { } p && p >= 1 ? decimal.ToInt32(decimal.Round(p)) : null;
    }

    private static (string? Text, int? Weeks) DurationOf(Duration? duration)
    {
        if (duration?.Value is not { } value)
        {
            return (null, null);
        }

        var unit = duration.Code ?? duration.Unit ?? string.Empty;
        decimal? days = unit.ToLowerInvariant() switch
        {
            "d" or "day" or "days" => value,
            "wk" or "week" or "weeks" => value * 7,
            "mo" or "month" or "months" => value * 30,
            _ => null,
        };
        var text = $"{value.ToString("0.##", CultureInfo.InvariantCulture)} {duration.Unit ?? duration.Code}".Trim();
        return (text, days is { } d ? decimal.ToInt32(Math.Ceiling(d / 7)) : null);
    }

    private static DateOnly? AuthoredOn(Resource resource) => resource switch
    {
        MedicationRequest m => Date(m.AuthoredOn),
        ServiceRequest s => Date(s.AuthoredOn),
        _ => null,
    };

    // A FHIR date or dateTime ("2014-09-10", "2014-09-10T08:00:00Z"); a partial date ("2014") gives none.
    private static DateOnly? Date(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static int? AgeOf(Patient patient, DateOnly on)
    {
        if (Date(patient.BirthDate) is not { } born)
        {
            return null;
        }

        var age = on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);
        return age >= 0 ? age : null;
    }

    private static bool IsAsserted(Condition condition) =>
        condition.VerificationStatus?.Coding.Any(c => c.Code is "entered-in-error" or "refuted") != true;

    private static string? Text(CodeableConcept? concept) =>
        concept is null ? null
            : !string.IsNullOrWhiteSpace(concept.Text) ? concept.Text.Trim()
            : concept.Coding.Select(c => c.Display ?? c.Code).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s))?.Trim();
}
