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
    /// <summary>Passive modalities given in the clinic: infrared, heat, therapeutic ultrasound, diathermy.</summary>
    PassiveModality,
    /// <summary>TENS and other electrical stimulation units.</summary>
    Tens,
    /// <summary>H-wave stimulation.</summary>
    HWave,
    /// <summary>Interferential current stimulation.</summary>
    InterferentialCurrent,
    /// <summary>Cervical or lumbar traction.</summary>
    Traction,
    /// <summary>Work conditioning and work hardening programmes.</summary>
    WorkConditioning,
    /// <summary>Functional restoration (interdisciplinary chronic pain) programmes.</summary>
    FunctionalRestorationProgram,
    /// <summary>Biofeedback.</summary>
    Biofeedback,
    /// <summary>Psychotherapy and cognitive behavioural therapy.</summary>
    Psychotherapy,
    /// <summary>Bathroom equipment: shower chairs, tub benches, raised toilet seats, grab bars.</summary>
    BathroomEquipment,
    /// <summary>Expendable medical supplies: gloves, wipes, pads, dressings.</summary>
    MedicalSupplies,
    /// <summary>Braces and splints of a limb.</summary>
    Orthosis,
    /// <summary>Lumbar and other spinal supports.</summary>
    SpinalSupport,
    /// <summary>Cervical and other pillows.</summary>
    Pillow,
    /// <summary>Heat and cold packs, pads and wraps used at home.</summary>
    HomeHeatCold,
    /// <summary>Home exercise kits and equipment.</summary>
    HomeExerciseKit,
    /// <summary>Transportation to and from medical appointments.</summary>
    Transportation,

    // ---- End of the new categories. ----
}
