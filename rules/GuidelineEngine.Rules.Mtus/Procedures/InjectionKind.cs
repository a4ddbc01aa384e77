namespace GuidelineEngine.Rules.Mtus.Procedures;

/// <summary>The kind of injection a request is for; each kind is judged by its own guideline criteria.</summary>
public enum InjectionKind
{
    /// <summary>The request is not for an injection.</summary>
    None,
    /// <summary>An injection of no kind the guidelines judge separately (vitamin B12, Botox, an unnamed injection).</summary>
    Other,
    /// <summary>An epidural steroid injection or selective nerve root block.</summary>
    EpiduralSteroid,
    /// <summary>A facet joint injection or medial branch block.</summary>
    Facet,
    /// <summary>Radiofrequency ablation of the facet nerves.</summary>
    RadiofrequencyAblation,
    /// <summary>A trigger point injection.</summary>
    TriggerPoint,
    /// <summary>A corticosteroid injection of a joint, bursa, tendon sheath or soft tissue.</summary>
    Corticosteroid,
    /// <summary>A platelet-rich plasma injection.</summary>
    PlateletRichPlasma,
    /// <summary>A hyaluronic acid injection.</summary>
    Viscosupplementation,
    /// <summary>An injected NSAID (ketorolac).</summary>
    Ketorolac,
}
