using System.Text.RegularExpressions;
using GuidelineEngine.Facts.Requests;
using GuidelineEngine.Facts.Vocabulary;

namespace GuidelineEngine.Facts.Index;

/// <summary>
/// Places a request in its family (drug, imaging, test, procedure, therapy, device, service,
/// programme) by what the vocabulary recognised, else by the ordinary words of a request: "mg",
/// "tablet" name a drug, "MRI" or "scan" imaging, "injection" or "-ectomy" a procedure. A request
/// the vocabulary does not know is still placed, so that its reason says what kind of thing is missing.
/// </summary>
public static partial class RequestFamilies
{
    /// <summary>The request's family: a recognised drug or service's, else the first family whose words the name uses, else its index topic's; null when none.</summary>
    public static RequestFamily? Of(RequestFacts request) => OfRequestItself(request) ?? request.IndexTopic?.Family;

    /// <summary>The family the request's own drugs, service or words give, without its index topic: a check on the index topic rather than a copy of it.</summary>
    public static RequestFamily? OfRequestItself(RequestFacts request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Drugs.Count > 0)
        {
            return RequestFamily.Drug;
        }

        return (request.Service is { } service ? Of(service.Category) : (RequestFamily?)null) ?? Of(request.Name);
    }

    /// <summary>The family whose words <paramref name="name"/> uses first in the order drug, imaging, test, procedure, programme, therapy, device, service; null when none.</summary>
    public static RequestFamily? Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return DrugWords().IsMatch(name) ? RequestFamily.Drug
            : ImagingWords().IsMatch(name) ? RequestFamily.Imaging
            : TestWords().IsMatch(name) ? RequestFamily.Test
            : ProcedureWords().IsMatch(name) ? RequestFamily.Procedure
            : ProgrammeWords().IsMatch(name) ? RequestFamily.Programme
            : TherapyWords().IsMatch(name) ? RequestFamily.Therapy
            : DeviceWords().IsMatch(name) ? RequestFamily.Device
            : ServiceWords().IsMatch(name) ? RequestFamily.Service
            : null;
    }

    /// <summary>The family of a service category of the vocabulary.</summary>
    public static RequestFamily Of(ServiceCategory category) => category switch
    {
        ServiceCategory.Imaging => RequestFamily.Imaging,
        ServiceCategory.Electrodiagnostics or ServiceCategory.Laboratory or ServiceCategory.UrineDrugTesting or ServiceCategory.Electrocardiogram
            or ServiceCategory.FunctionalCapacityEvaluation or ServiceCategory.PsychologicalEvaluation => RequestFamily.Test,
        ServiceCategory.Injection or ServiceCategory.Surgery or ServiceCategory.EpiduralSteroidInjection or ServiceCategory.FacetInjection
            or ServiceCategory.RadiofrequencyAblation or ServiceCategory.TriggerPointInjection or ServiceCategory.CorticosteroidInjection
            or ServiceCategory.PlateletRichPlasma or ServiceCategory.Viscosupplementation => RequestFamily.Procedure,
        ServiceCategory.WorkConditioning or ServiceCategory.FunctionalRestorationProgram => RequestFamily.Programme,
        ServiceCategory.AquaticTherapy or ServiceCategory.PhysicalMedicine or ServiceCategory.ManualTherapy or ServiceCategory.Acupuncture
            or ServiceCategory.Psychological or ServiceCategory.PassiveModality or ServiceCategory.Biofeedback or ServiceCategory.Psychotherapy
            or ServiceCategory.Traction => RequestFamily.Therapy,
        ServiceCategory.DurableMedicalEquipment or ServiceCategory.Tens or ServiceCategory.HWave or ServiceCategory.InterferentialCurrent
            or ServiceCategory.BathroomEquipment or ServiceCategory.MedicalSupplies or ServiceCategory.Orthosis or ServiceCategory.SpinalSupport
            or ServiceCategory.Pillow or ServiceCategory.HomeHeatCold or ServiceCategory.HomeExerciseKit => RequestFamily.Device,
        _ => RequestFamily.Service,
    };

    // A strength or dose unit, a dosage form, a count dispensed or a dosing interval.
    [GeneratedRegex(@"\d\s*(mg|mcg|g|ml)\b|\d\s*%|\b(mg|mcg|tablets?|tabs?|capsules?|caps?|pills?|ointment|cream|gel|lotion|patch(es)?|suspension|solution|syrup|elixir|suppositor(y|ies)|inhaler|drops|refills?|q\.?\s?\d+\s?h|q\.?d|b\.?i\.?d|t\.?i\.?d|q\.?i\.?d|prn|po|ER|XR|SR|CR|ODT|medication|medicine|drug)\b|#\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex DrugWords();

    [GeneratedRegex(@"\b(MRI|MRA|CT|CAT|x-?rays?|radiographs?|films|scans?|imaging|ultrasound|sonogram|arthrogram|myelogram|tomography|mammogram|DEXA|PET)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImagingWords();

    [GeneratedRegex(@"\b(evaluations?|eval|tests?|testing|panel|study|studies|screens?|screening|labs?|laboratory|assay|level|levels|EMG|NCV|NCS|EEG|ECG|EKG|audiogram|audiometry|assessment|profile|culture|biopsy|workup|work-up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TestWords();

    [GeneratedRegex(@"\b(injections?|blocks?|surgery|surgical|operation|procedure|ablation|neurotomy|rhizotomy|release|repair|reconstruction|fusion|decompression|arthroscopy|implant(ation)?|infusion|aspiration|\w+ectomy|\w+plasty|\w+otomy|\w+oscopy|\w+desis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProcedureWords();

    [GeneratedRegex(@"\b(program|programme|programs|programmes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgrammeWords();

    [GeneratedRegex(@"\b(therapy|therapies|sessions?|visits?|treatments?|rehab|rehabilitation|training|classes|counsel(l)?ing|exercise)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TherapyWords();

    [GeneratedRegex(@"\b(brace|braces|unit|units|cushion|chair|chairs|bed|mattress|device|machine|splint|orthosis|orthotics?|boot|collar|sling|walker|cane|crutches|wheelchair|scooter|stimulator|pump|supplies|kit|equipment|garment|insoles?|shoes?|stockings|seat|lift|bench|rail|ramp|monitor|pillow|wrap|tape|hearing aids?|glasses)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeviceWords();

    [GeneratedRegex(@"\b(home health|aide|nursing|nurse|transport(ation)?|taxi|ride|caregiver|attendant|housekeeping|interpreter|translator|mileage|lodging|facility|stay|admission|consult(ation)?|referral|follow[- ]?up|office|appointment|membership|gym|care|services?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ServiceWords();
}
