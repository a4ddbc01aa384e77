namespace GuidelineEngine.Facts;

/// <summary>What a fact is about. Each kind is something an MTUS criterion asks to be documented.</summary>
public enum FactKind
{
    /// <summary>The patient's age in years.</summary>
    PatientAge,
    /// <summary>The patient's sex.</summary>
    PatientSex,
    /// <summary>The date of injury.</summary>
    DateOfInjury,
    /// <summary>The date of the request or of the UR decision on it.</summary>
    RequestDate,
    /// <summary>Weeks from the injury to the request.</summary>
    TimeSinceInjury,
    /// <summary>A medication named in the text; the value is its vocabulary name.</summary>
    Medication,
    /// <summary>A drug-like name with a strength that the vocabulary does not know.</summary>
    UnknownDrug,
    /// <summary>How long the requested drug has been taken, in weeks where the text allows.</summary>
    RequestedDrugDuration,
    /// <summary>A pain score (VAS or n/10), with or without medication.</summary>
    PainScore,
    /// <summary>Pain relief from the medication (the first A: analgesia).</summary>
    Analgesia,
    /// <summary>Activities of daily living described (the second A).</summary>
    ActivitiesOfDailyLiving,
    /// <summary>Functional improvement or functional gains from treatment.</summary>
    FunctionalImprovement,
    /// <summary>Return to work or work status.</summary>
    ReturnToWork,
    /// <summary>Adverse side effects assessed (the third A).</summary>
    AdverseEffects,
    /// <summary>Aberrant drug-taking behaviour assessed (the fourth A).</summary>
    AberrantBehavior,
    /// <summary>A urine drug screen.</summary>
    UrineDrugScreen,
    /// <summary>An opioid agreement or pain contract.</summary>
    OpioidAgreement,
    /// <summary>A CURES or PDMP check.</summary>
    PdmpCheck,
    /// <summary>A daily dose in morphine equivalents.</summary>
    MorphineEquivalentDose,
    /// <summary>Earlier UR advice to taper or wean.</summary>
    TaperAdvised,
    /// <summary>Non-opioid first-line analgesics tried and failed.</summary>
    FailedNonOpioidAnalgesics,
    /// <summary>Muscle spasm on examination.</summary>
    MuscleSpasm,
    /// <summary>An acute exacerbation or flare-up.</summary>
    AcuteExacerbation,
    /// <summary>Neuropathic pain.</summary>
    NeuropathicPain,
    /// <summary>Radiculopathy or radicular symptoms.</summary>
    Radiculopathy,
    /// <summary>Post-herpetic neuralgia.</summary>
    PostHerpeticNeuralgia,
    /// <summary>Multiple sclerosis.</summary>
    MultipleSclerosis,
    /// <summary>Spinal cord injury.</summary>
    SpinalCordInjury,
    /// <summary>A first-line neuropathic trial: a tricyclic or SNRI antidepressant or an anti-epileptic.</summary>
    FirstLineTrial,
    /// <summary>The first-line trial failed or was not tolerated.</summary>
    FirstLineFailure,
    /// <summary>Other treatments failed or were not tolerated (for capsaicin).</summary>
    FailedOtherTreatments,
    /// <summary>A gastrointestinal risk factor for NSAID use.</summary>
    GiRiskFactor,
    /// <summary>Osteoarthritis.</summary>
    Osteoarthritis,
    /// <summary>Obesity.</summary>
    Obesity,
    /// <summary>Sessions of a therapy already had.</summary>
    PriorTherapySessions,
    /// <summary>Laboratory monitoring (CBC, liver and renal function) while on NSAIDs.</summary>
    LabMonitoring,

    // ---- Diagnostics: imaging and electrodiagnostics: kinds of this group go below this line. ----
    /// <summary>
    /// Objective signs of specific nerve compromise on examination: dermatomal sensory loss,
    /// graded weakness, a diminished or asymmetric reflex, atrophy or foot drop. Symptoms
    /// (radiating pain, numbness the patient reports) are not signs.
    /// </summary>
    ObjectiveNeuroDeficit,
    /// <summary>
    /// A red flag that warrants imaging at once: suspected fracture, tumour, infection, cauda
    /// equina syndrome, myelopathy or a progressive neurologic deficit.
    /// </summary>
    ImagingRedFlag,
    /// <summary>
    /// Conservative care (physical therapy, chiropractic, home exercise, injections) was tried and
    /// failed to improve the symptoms: "failure to progress", "did not respond to therapy".
    /// </summary>
    ConservativeCareFailed,
    /// <summary>Conservative care beyond medication and rest was received: physical therapy, chiropractic, acupuncture, a home exercise programme, injections.</summary>
    ConservativeCareReceived,
    /// <summary>The conservative care received improved the symptoms.</summary>
    ConservativeCareHelped,
    /// <summary>The symptoms persist unchanged: "persistent pain", "no changes in complaints".</summary>
    SymptomsPersist,
    /// <summary>An electrodiagnostic study (EMG or nerve conduction) already done, with its result.</summary>
    PriorElectrodiagnosticStudy,
    /// <summary>A cumulative (repetitive) trauma claim, whose date of injury does not date the onset of the symptoms.</summary>
    CumulativeTrauma,
    /// <summary>Imaging shows a nerve root compressed or contacted (a disc protrusion contacting the exiting L5 root).</summary>
    ImagingNerveRootCompromise,
    /// <summary>Surgery or another invasive procedure (an injection, a block) is planned or being considered.</summary>
    InvasiveProcedureConsidered,
    /// <summary>A suspected or diagnosed tear or internal derangement: meniscus, ligament, rotator cuff, labrum, instability.</summary>
    SuspectedInternalDerangement,
    /// <summary>An acute knee sign of the ACOEM criteria: effusion or hemarthrosis, inability to bear weight, flexion short of 90 degrees.</summary>
    KneeAcuteSign,
    /// <summary>Signs or a diagnosis of a focal nerve entrapment or peripheral neuropathy: carpal or cubital tunnel, Tinel's, Phalen's.</summary>
    NerveEntrapmentSign,

    // ---- End of the imaging and electrodiagnostics kinds. ----

    // ---- Procedures: injections; consultations, evaluations and drug testing: kinds of this group go below this line. ----

    // ---- End of the injections and consultations kinds. ----

    // ---- Surgery and the services that follow it: kinds of this group go below this line. ----

    // ---- End of the surgery kinds. ----

    // ---- Therapies, modalities and equipment: kinds of this group go below this line. ----

    // ---- End of the therapies and equipment kinds. ----

    // ---- Medications beyond the first topics: kinds of this group go below this line. ----

    // ---- End of the medications kinds. ----
}
