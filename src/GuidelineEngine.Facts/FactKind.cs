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

    // ---- End of the imaging and electrodiagnostics kinds. ----

    // ---- Procedures: injections; consultations, evaluations and drug testing: kinds of this group go below this line. ----

    // ---- End of the injections and consultations kinds. ----

    // ---- Surgery and the services that follow it: kinds of this group go below this line. ----

    // ---- End of the surgery kinds. ----

    // ---- Therapies, modalities and equipment: kinds of this group go below this line. ----
    /// <summary>The item is what remains of a request that utilization review authorized in part (read from the item heading).</summary>
    PartialAuthorization,
    /// <summary>A course of chiropractic, manipulation or manual therapy already had.</summary>
    PriorManualTherapy,
    /// <summary>A course of acupuncture already had.</summary>
    PriorAcupuncture,
    /// <summary>Active rehabilitation under way or planned: physical therapy, a home exercise programme or an exercise programme.</summary>
    ActiveRehabilitation,
    /// <summary>A programme of functional restoration the patient takes part in.</summary>
    FunctionalRestorationProgram,
    /// <summary>Pain medication reduced or not tolerated.</summary>
    MedicationReducedOrNotTolerated,
    /// <summary>A surgery already performed.</summary>
    RecentSurgery,
    /// <summary>The provider did not state the reason or goals of the requested treatment.</summary>
    TreatmentReasonNotStated,
    /// <summary>A home trial of a TENS or other stimulation unit completed.</summary>
    TensTrialCompleted,
    /// <summary>The request is for the purchase of a device (read from the item heading).</summary>
    EquipmentPurchase,
    /// <summary>Complex regional pain syndrome.</summary>
    ComplexRegionalPainSyndrome,
    /// <summary>Spasticity or phantom limb pain, for which TENS may be tried.</summary>
    Spasticity,
    /// <summary>Cognitive behavioural therapy or psychotherapy had or under way.</summary>
    CognitiveBehaviouralTherapy,
    /// <summary>Carpal tunnel syndrome or De Quervain's tenosynovitis diagnosed.</summary>
    CarpalTunnelOrDeQuervain,
    /// <summary>Lateral or medial epicondylitis (epicondylalgia) diagnosed.</summary>
    Epicondylitis,
    /// <summary>Knee instability: patellar instability, ACL or MCL tear or instability.</summary>
    KneeInstability,
    /// <summary>A limitation of mobility a device would address: unable to walk or stand, non-weight-bearing, bed or room confined.</summary>
    MobilityLimitation,
    /// <summary>A disability that prevents the patient from transporting himself or herself.</summary>
    UnableToSelfTransport,
    /// <summary>The requested treatment applies heat or cold (read from the item heading).</summary>
    HeatOrColdApplication,

    // ---- End of the therapies and equipment kinds. ----

    // ---- Medications beyond the first topics: kinds of this group go below this line. ----

    // ---- End of the medications kinds. ----
}
