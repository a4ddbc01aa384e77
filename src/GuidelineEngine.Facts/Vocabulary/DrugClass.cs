namespace GuidelineEngine.Facts.Vocabulary;

/// <summary>The drug classes the MTUS criteria speak of.</summary>
public enum DrugClass
{
    /// <summary>Opioid analgesics.</summary>
    Opioid,
    /// <summary>Skeletal muscle relaxants.</summary>
    MuscleRelaxant,
    /// <summary>Topical lidocaine in any form.</summary>
    TopicalLidocaine,
    /// <summary>Topical analgesic products and compounds.</summary>
    TopicalCompound,
    /// <summary>Topical NSAIDs.</summary>
    TopicalNSAID,
    /// <summary>Oral non-steroidal anti-inflammatory drugs.</summary>
    NSAID,
    /// <summary>Proton pump inhibitors.</summary>
    PPI,
    /// <summary>H2 receptor blockers.</summary>
    H2Blocker,
    /// <summary>Anti-epileptic drugs.</summary>
    AntiEpileptic,
    /// <summary>Antidepressants (subclass TCA, SNRI, SSRI, other).</summary>
    Antidepressant,
    /// <summary>Benzodiazepines.</summary>
    Benzodiazepine,
    /// <summary>Sleep aids.</summary>
    SleepAid,
    /// <summary>Non-opioid analgesics such as acetaminophen.</summary>
    NonOpioidAnalgesic,
    /// <summary>Corticosteroids.</summary>
    Corticosteroid,
    /// <summary>Anticoagulants.</summary>
    Anticoagulant,
    /// <summary>Supplements (vitamins); medical foods are <see cref="MedicalFood"/>.</summary>
    Supplement,
    /// <summary>Compounded oral suspension kits (Synapryn, Tabradol, Deprizine, Fanatrex, Dicopanol): judged as compound drugs, not by the class of their active drug.</summary>
    CompoundedOralKit,
    /// <summary>Anti-emetics (ondansetron, promethazine, metoclopramide).</summary>
    Antiemetic,
    /// <summary>Drugs for erectile dysfunction (sildenafil, tadalafil, vardenafil).</summary>
    ErectileDysfunction,
    /// <summary>Laxatives and drugs for opioid-induced constipation.</summary>
    Laxative,
    /// <summary>Medical foods (Theramine, Sentra, Trepadone, Gabadone).</summary>
    MedicalFood,
    /// <summary>Anything else.</summary>
    Other,
}
