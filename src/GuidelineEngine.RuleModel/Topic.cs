namespace GuidelineEngine.RuleModel;

/// <summary>The guideline topics encoded as rules.</summary>
public enum Topic
{
    /// <summary>Opioids (CPMTG pp. 74-96).</summary>
    Opioids,

    /// <summary>Muscle relaxants (CPMTG pp. 63-66).</summary>
    MuscleRelaxants,

    /// <summary>Topical lidocaine (CPMTG pp. 56-57, 112).</summary>
    TopicalLidocaine,

    /// <summary>Topical analgesics and compounds (CPMTG pp. 111-113).</summary>
    TopicalAnalgesics,

    /// <summary>Oral NSAIDs (CPMTG pp. 67-73).</summary>
    Nsaids,

    /// <summary>Proton pump inhibitors and H2 blockers with NSAIDs (CPMTG pp. 68-69).</summary>
    GastrointestinalProtection,

    /// <summary>Aquatic therapy (CPMTG p. 22).</summary>
    AquaticTherapy,

    /// <summary>Physical medicine (CPMTG pp. 98-99).</summary>
    PhysicalMedicine,
}
