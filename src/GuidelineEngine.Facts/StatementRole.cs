namespace GuidelineEngine.Facts;

/// <summary>
/// Whose account a summary sentence gives, and of what: the case summary mixes the treating
/// physician's report, examination, history and plan with the summary's own account of the
/// utilization review decision. A finding stated only in that account is what UR said, not a
/// clinical finding.
/// </summary>
public enum StatementRole
{
    /// <summary>The patient's report or the physician's assessment: complaints, diagnoses, medications, work status.</summary>
    Report,

    /// <summary>Examination findings ("on examination", "revealed", "tenderness", "positive Spurling's").</summary>
    Examination,

    /// <summary>Earlier care and events ("history of", "previously", "status post").</summary>
    History,

    /// <summary>The treating physician's plan or request ("the plan is", "requested", "recommended").</summary>
    Plan,

    /// <summary>The account of the utilization review decision ("UR non-certified the MRI as there was no documentation of ...").</summary>
    UtilizationReview,
}
