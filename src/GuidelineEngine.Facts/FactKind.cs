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
    /// <summary>The plan renews, refills or continues the medications in use ("renew medications", "continue current medications").</summary>
    MedicationsContinued,
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
    /// <summary>Radiculopathy on physical examination: a dermatomal sensory deficit, a reflex change, myotomal weakness or a positive straight leg raise.</summary>
    RadiculopathyExamFinding,
    /// <summary>Radiculopathy corroborated by imaging (nerve root compression or impingement) or by electrodiagnostic testing.</summary>
    RadiculopathyCorroborated,
    /// <summary>An injection of the same kind already given (a prior epidural, facet or trigger point injection).</summary>
    PriorInjection,
    /// <summary>The relief a prior injection gave, as a percentage and, where stated, how long it lasted; the value is the phrase.</summary>
    PriorInjectionRelief,
    /// <summary>In the item heading: a series of injections ("series of three", "x3").</summary>
    InjectionSeries,
    /// <summary>In the item heading: three or more spinal levels ("L3-4, L4-5, L5-S1").</summary>
    ThreeOrMoreSpinalLevels,
    /// <summary>Signs of facet joint pain: facet tenderness, pain on facet loading or extension with rotation.</summary>
    FacetPainSigns,
    /// <summary>A positive response to a diagnostic medial branch block.</summary>
    DiagnosticBlockResponse,
    /// <summary>Trigger points on examination: a twitch response, a taut band or referred pain on palpation.</summary>
    TriggerPointFindings,
    /// <summary>Patellar tendinosis or tendinopathy.</summary>
    PatellarTendinopathy,
    /// <summary>A corticosteroid injection (or aspiration and injection) of the joint that did not help.</summary>
    SteroidInjectionFailed,
    /// <summary>In the item heading: the service is tied to a surgery (pre-operative, associated surgical service).</summary>
    SurgeryTiedRequest,
    /// <summary>A reason for a specialist's expertise: an uncertain or complex diagnosis, red flags, a progressive neurological deficit, a surgical lesion.</summary>
    ReferralIndication,
    /// <summary>A question of work capability an FCE would answer: failed return-to-work attempts, maximum medical improvement, permanent and stationary status.</summary>
    WorkCapabilityQuestion,
    /// <summary>Psychological symptoms: depression, anxiety, psychological distress, post-traumatic stress.</summary>
    PsychologicalSymptoms,
    /// <summary>In the item heading: more than one visit or study asked for at once ("times 2", "x3").</summary>
    MultipleUnitsRequested,
    /// <summary>Cardiac symptoms or disease: chest pain, palpitations, syncope, arrhythmia, hypertension.</summary>
    CardiacSymptoms,

    // ---- End of the injections and consultations kinds. ----

    // ---- Surgery and the services that follow it: kinds of this group go below this line. ----
    /// <summary>The item heading marks the item as a service of a surgery: "Associated surgical service", pre-op, post-op, an assistant or a medical clearance.</summary>
    PerioperativeService,
    /// <summary>A named surgical procedure beyond the approach and the joint (meniscectomy, rotator cuff repair, decompression, release, fusion).</summary>
    SpecifiedProcedure,
    /// <summary>The surgery is arthroscopic or endoscopic (a low-risk procedure for pre-operative testing).</summary>
    ArthroscopicSurgery,
    /// <summary>A shoulder repair or decompression: rotator cuff repair, Bankart or labral repair, acromioplasty, subacromial decompression.</summary>
    ShoulderRepairSurgery,
    /// <summary>A knee meniscectomy, meniscal repair or chondroplasty.</summary>
    KneeMeniscusSurgery,
    /// <summary>An anterior cruciate ligament reconstruction.</summary>
    AclReconstruction,
    /// <summary>A total or partial knee arthroplasty (replacement).</summary>
    KneeArthroplasty,
    /// <summary>A carpal tunnel release.</summary>
    CarpalTunnelRelease,
    /// <summary>A trigger finger (A1 pulley) release.</summary>
    TriggerFingerRelease,
    /// <summary>A spinal discectomy, laminectomy, laminotomy or foraminotomy.</summary>
    SpinalDecompressionSurgery,
    /// <summary>A lumbar spinal fusion (ALIF, PLIF, TLIF).</summary>
    LumbarFusion,
    /// <summary>A cervical spinal fusion (ACDF).</summary>
    CervicalFusion,
    /// <summary>Imaging shows a lesion that surgery can address (a tear, herniation compressing a nerve, stenosis, a fracture), or electrodiagnostic testing shows a nerve entrapment.</summary>
    SurgicalLesionOnImaging,
    /// <summary>A full-thickness rotator cuff tear, not an "almost" or partial one.</summary>
    FullThicknessTear,
    /// <summary>A positive examination finding of the joint: a positive provocative test, locking or catching, apprehension, weakness graded below 5/5.</summary>
    SurgicalExamFinding,
    /// <summary>Activities limited by the condition: difficulty with daily activities or work, night pain.</summary>
    ActivityLimitation,
    /// <summary>Conservative care (therapy, injection, medication) failed to improve the condition.</summary>
    ConservativeCareFailure,
    /// <summary>A surgery already performed: "underwent ORIF", "status post ... release", a surgical history.</summary>
    SurgeryPerformed,
    /// <summary>The patient cannot transfer, stand or walk without help, or is homebound.</summary>
    FunctionalDependence,
    /// <summary>A surgical wound or incision that needs skilled care.</summary>
    WoundCareNeed,
    /// <summary>A cardiac risk factor for surgery: coronary disease, heart failure, cerebrovascular disease, diabetes, renal insufficiency.</summary>
    CardiacRiskFactor,
    /// <summary>A disease that increases the risk of anemia: anemia, renal disease, malignancy, a bleeding disorder.</summary>
    AnemiaRisk,
    /// <summary>An underlying chronic disease for pre-operative electrolyte and creatinine testing: diabetes, hypertension, renal, heart or liver disease.</summary>
    ChronicDisease,
    /// <summary>A medication that predisposes to electrolyte abnormalities or renal failure: NSAIDs, diuretics, ACE inhibitors or angiotensin receptor blockers.</summary>
    ElectrolyteRiskMedication,
    /// <summary>A history of bleeding, a bleeding disorder or an anticoagulant.</summary>
    BleedingRisk,
    /// <summary>The item is a cold therapy or cryotherapy unit.</summary>
    ColdTherapyDevice,
    /// <summary>The item is a sling, brace or immobiliser.</summary>
    PostoperativeSupport,
    /// <summary>The sling is an abduction pillow type (abduction, pillow, Arc, UltraSling, Slingshot).</summary>
    AbductionSling,
    /// <summary>The item is a continuous passive motion (CPM) device.</summary>
    ContinuousPassiveMotion,
    /// <summary>The item is home health care or a wound care or visiting nurse.</summary>
    HomeHealthCare,
    /// <summary>The item is inpatient or acute rehabilitation, or a skilled nursing facility stay.</summary>
    InpatientRehabilitation,
    /// <summary>The item is an electrocardiogram.</summary>
    PreoperativeEcg,
    /// <summary>The item is a complete blood count.</summary>
    PreoperativeBloodCount,
    /// <summary>The item is a basic or comprehensive metabolic panel (electrolytes and creatinine).</summary>
    PreoperativeMetabolicPanel,
    /// <summary>The item is a coagulation study (PT/PTT, INR).</summary>
    PreoperativeCoagulation,
    /// <summary>A duration of use in days or weeks ("seven day use", "for one week").</summary>
    DaysOfUse,
    /// <summary>
    /// A reviewer's finding about the surgery a service follows, read from the rationale only
    /// (audit): the requested surgery is supported or medically necessary; absent where the
    /// rationale says it is not ("As the requested surgical intervention is not medically necessary ...").
    /// </summary>
    PrimarySurgerySupported,

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
    /// <summary>
    /// A reviewer's finding about the request, read from the rationale only (audit): the visits or
    /// treatments requested exceed what the guideline recommends ("the request for an initial 12
    /// sessions exceeds the recommended guidelines"); absent where the rationale says they do not.
    /// </summary>
    VisitsExceedGuideline,

    // ---- End of the therapies and equipment kinds. ----

    // ---- Medications beyond the first topics: kinds of this group go below this line. ----

    /// <summary>Depression or depressive symptoms (diagnosis or finding), an indication for antidepressants (CPMTG 2016 pp. 13-16, 107).</summary>
    Depression,

    /// <summary>Anxiety, agitation or panic, the non-pain indication for which a benzodiazepine may be used short term.</summary>
    Anxiety,

    /// <summary>Insomnia or a sleep disturbance, the indication for a hypnotic (ODG Pain, Insomnia treatment).</summary>
    Insomnia,

    /// <summary>Inability to take medication in pill or tablet form (difficulty swallowing, cannot tolerate oral medication).</summary>
    OralIntolerance,

    /// <summary>Erectile dysfunction (diagnosis or complaint), the indication for sildenafil and its kin.</summary>
    ErectileDysfunction,

    /// <summary>Constipation, the indication for a laxative with opioid therapy (CPMTG p. 77).</summary>
    Constipation,

    /// <summary>Acetaminophen taken or tried (not as part of an opioid combination), first-line before an NSAID for an exacerbation (CPMTG p. 68).</summary>
    AcetaminophenTrial,

    // ---- End of the medications kinds. ----
}
