namespace GuidelineEngine.RuleModel;

/// <summary>How an item stands against one guideline criterion.</summary>
public enum CriterionStatus
{
    /// <summary>The documentation shows the criterion is met.</summary>
    Met,

    /// <summary>The documentation shows the criterion is not met.</summary>
    NotMet,

    /// <summary>The documentation does not show what the criterion needs.</summary>
    NotDocumented,

    /// <summary>The criterion does not apply to this item.</summary>
    NotApplicable,
}
