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

    // ---- Surgery and the services that follow it. ----
    /// <summary>An assistant surgeon or physician assistant at surgery.</summary>
    SurgicalAssistant,
    /// <summary>A pre-operative medical clearance.</summary>
    PreoperativeClearance,

    // ---- Therapies, equipment and transport. ----

    // ---- End of the new categories. ----
}
