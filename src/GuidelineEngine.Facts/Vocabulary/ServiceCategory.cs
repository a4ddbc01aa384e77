namespace GuidelineEngine.Facts.Vocabulary;

/// <summary>The kinds of service a request can name.</summary>
public enum ServiceCategory
{
    /// <summary>Aquatic or pool therapy.</summary>
    AquaticTherapy,
    /// <summary>Physical or occupational therapy.</summary>
    PhysicalMedicine,
    /// <summary>Chiropractic and manual therapy.</summary>
    ManualTherapy,
    /// <summary>Acupuncture.</summary>
    Acupuncture,
    /// <summary>MRI, CT, X-ray and other imaging.</summary>
    Imaging,
    /// <summary>EMG and nerve conduction studies.</summary>
    Electrodiagnostics,
    /// <summary>Injections and blocks.</summary>
    Injection,
    /// <summary>Consultations and visits.</summary>
    Consultation,
    /// <summary>Durable medical equipment.</summary>
    DurableMedicalEquipment,
    /// <summary>Surgery.</summary>
    Surgery,
    /// <summary>Psychological care.</summary>
    Psychological,
    /// <summary>Laboratory testing.</summary>
    Laboratory,

    // ---- New categories of the coverage topics go below, each group in its own block. ----

    // ---- Diagnostics and procedures. ----
    /// <summary>Epidural steroid injections and selective nerve root blocks.</summary>
    EpiduralSteroidInjection,
    /// <summary>Facet joint injections and medial branch blocks.</summary>
    FacetInjection,
    /// <summary>Radiofrequency ablation (neurotomy, rhizotomy) of the facet nerves.</summary>
    RadiofrequencyAblation,
    /// <summary>Trigger point injections.</summary>
    TriggerPointInjection,
    /// <summary>Corticosteroid injections of a joint, bursa, tendon sheath or soft tissue.</summary>
    CorticosteroidInjection,
    /// <summary>Platelet-rich plasma injections.</summary>
    PlateletRichPlasma,
    /// <summary>Hyaluronic acid injections (viscosupplementation).</summary>
    Viscosupplementation,
    /// <summary>A follow-up office visit.</summary>
    FollowUpVisit,
    /// <summary>A functional capacity evaluation.</summary>
    FunctionalCapacityEvaluation,
    /// <summary>Psychological evaluation or testing (not psychotherapy).</summary>
    PsychologicalEvaluation,
    /// <summary>Urine drug testing.</summary>
    UrineDrugTesting,
    /// <summary>An electrocardiogram.</summary>
    Electrocardiogram,

    // ---- Surgery and the services that follow it. ----
    /// <summary>An assistant surgeon or physician assistant at surgery.</summary>
    SurgicalAssistant,
    /// <summary>A pre-operative medical clearance.</summary>
    PreoperativeClearance,

    // ---- Therapies, equipment and transport. ----

    // ---- End of the new categories. ----
}
