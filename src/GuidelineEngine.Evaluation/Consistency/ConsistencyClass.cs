namespace GuidelineEngine.Evaluation.Consistency;

/// <summary>
/// What kind of consistency an audited decision shows between the reviewer's stated findings, the
/// record and the guideline cited. One class per item, chosen by <see cref="ConsistencyChecker"/>'s
/// precedence; every finding is kept beside it.
/// </summary>
public enum ConsistencyClass
{
    /// <summary>The outcome follows from the reviewer's stated findings under the rules.</summary>
    Consistent,

    /// <summary>The rationale states the criteria met yet upholds, or states one not met yet overturns.</summary>
    OutcomeAgainstFindings,

    /// <summary>The rationale says a thing is not documented while the clinical summary documents it, or the reverse.</summary>
    FindingContradictedByRecord,

    /// <summary>The MAXIMUS citation is for another topic than the item, or a guideline outside the MTUS decided an item the MTUS addresses.</summary>
    GuidelineMismatch,

    /// <summary>Not covered, or the rationale states no finding the rules can read.</summary>
    NotJudged,
}
