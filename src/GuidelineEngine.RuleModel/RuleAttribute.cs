namespace GuidelineEngine.RuleModel;

/// <summary>The metadata of a criterion rule: its stable id, topic, guideline, editions, pages and criterion.</summary>
/// <param name="id">A stable id, e.g. <c>MTUS.CPMTG.Opioids.FourAs</c>.</param>
/// <param name="topic">The guideline topic the criterion belongs to.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RuleAttribute(string id, Topic topic) : Attribute
{
    /// <summary>The stable id.</summary>
    public string Id { get; } = id;

    /// <summary>The topic.</summary>
    public Topic Topic { get; } = topic;

    /// <summary>The guideline's name.</summary>
    public string Guideline { get; init; } = "MTUS Chronic Pain Medical Treatment Guidelines";

    /// <summary>The editions the criterion is stated in.</summary>
    public GuidelineEditions Editions { get; init; } = GuidelineEditions.Cpmtg2009 | GuidelineEditions.Cpmtg2016;

    /// <summary>The pages cited, e.g. <c>78-80</c>.</summary>
    public string Pages { get; init; } = string.Empty;

    /// <summary>The criterion in one line, as the guideline words it.</summary>
    public string Criterion { get; init; } = string.Empty;
}
