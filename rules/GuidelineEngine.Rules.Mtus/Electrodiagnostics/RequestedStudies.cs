using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Rules.Mtus.Electrodiagnostics;

/// <summary>Which studies, on which limbs, an electrodiagnostic request asks for (from its typed services and body parts).</summary>
public static class RequestedStudies
{
    /// <summary>The vocabulary name of the EMG service.</summary>
    public const string EmgService = "EMG";

    /// <summary>The vocabulary name of the nerve conduction service.</summary>
    public const string NcsService = "nerve conduction study";

    /// <summary>True when the request includes a needle EMG.</summary>
    public static bool Emg(ItemFacts facts) => facts?.Request.Services.Any(s => s.Name == EmgService) ?? false;

    /// <summary>True when the request includes a nerve conduction study.</summary>
    public static bool Ncs(ItemFacts facts) => facts?.Request.Services.Any(s => s.Name == NcsService) ?? false;

    /// <summary>True when the studies are of the legs (lower extremities or a lower-limb part); a request naming no limb is taken as of the arms.</summary>
    public static bool LowerLimb(ItemFacts facts) =>
        facts?.Request.BodyParts.Any(p => p.Region is BodyRegion.LowerExtremity or BodyRegion.LumbarSpine or BodyRegion.Hip or BodyRegion.Knee or BodyRegion.AnkleFoot) ?? false;

    /// <summary>
    /// Signs or symptoms of a radiculopathy: radiating pain or a radicular diagnosis, or an
    /// objective deficit where no entrapment explains it (a numb thumb and index finger point to
    /// the median nerve, not a root).
    /// </summary>
    public static bool RadicularFindings(ItemFacts facts) =>
        facts is not null && (facts.Status(FactKind.Radiculopathy) == Polarity.Present
            || (facts.Status(FactKind.ObjectiveNeuroDeficit) == Polarity.Present && !EntrapmentFindings(facts)));

    /// <summary>Signs or a diagnosis of a focal nerve entrapment or peripheral neuropathy.</summary>
    public static bool EntrapmentFindings(ItemFacts facts) => facts?.Status(FactKind.NerveEntrapmentSign) == Polarity.Present;
}
