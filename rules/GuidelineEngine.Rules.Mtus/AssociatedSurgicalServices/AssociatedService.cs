namespace GuidelineEngine.Rules.Mtus.AssociatedSurgicalServices;

/// <summary>The services that follow a surgery, each judged by its own criterion.</summary>
internal enum AssociatedService
{
    /// <summary>Not a service this topic judges.</summary>
    None,
    /// <summary>Post-operative physical or occupational therapy.</summary>
    Therapy,
    /// <summary>An assistant surgeon or physician assistant.</summary>
    Assistant,
    /// <summary>A pre-operative medical clearance.</summary>
    Clearance,
    /// <summary>A pre-operative electrocardiogram.</summary>
    Electrocardiogram,
    /// <summary>A pre-operative complete blood count.</summary>
    BloodCount,
    /// <summary>A pre-operative metabolic panel (electrolytes and creatinine).</summary>
    MetabolicPanel,
    /// <summary>A pre-operative coagulation study.</summary>
    Coagulation,
    /// <summary>A cold therapy (cryotherapy) unit.</summary>
    ColdTherapy,
    /// <summary>A sling, brace or immobiliser.</summary>
    Support,
    /// <summary>A continuous passive motion device.</summary>
    ContinuousPassiveMotion,
    /// <summary>Home health care or a wound care nurse.</summary>
    HomeHealth,
    /// <summary>Inpatient or acute rehabilitation, or a skilled nursing facility.</summary>
    InpatientRehabilitation,
}
