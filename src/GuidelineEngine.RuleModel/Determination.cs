namespace GuidelineEngine.RuleModel;

/// <summary>
/// The predicted determination for an item. It is a prediction to flag for a physician reviewer,
/// never a decision: only a physician may deny a request in California UR.
/// </summary>
public enum Determination
{
    /// <summary>Predicted medically necessary: every applicable criterion is met.</summary>
    Overturned,

    /// <summary>Predicted not medically necessary: a criterion is not met or not documented.</summary>
    Upheld,

    /// <summary>No encoded topic applies to the item: no prediction is made.</summary>
    NotCovered,
}
