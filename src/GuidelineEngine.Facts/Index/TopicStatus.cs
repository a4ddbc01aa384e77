namespace GuidelineEngine.Facts.Index;

/// <summary>What the guideline says of a topic, as its topic index records it.</summary>
public enum TopicStatus
{
    /// <summary>Recommended.</summary>
    Recommended,

    /// <summary>Recommended only when the guideline's criteria are met.</summary>
    RecommendedWithCriteria,

    /// <summary>An option.</summary>
    Optional,

    /// <summary>Second-line: after first-line treatment has failed or is not tolerated.</summary>
    SecondLine,

    /// <summary>Not recommended.</summary>
    NotRecommended,

    /// <summary>Under study: not recommended until the evidence is in.</summary>
    UnderStudy,

    /// <summary>A framework or definition with no status of its own (e.g. functional improvement).</summary>
    Info,
}
