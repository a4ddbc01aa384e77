namespace GuidelineEngine.RuleModel;

/// <summary>
/// The metadata of a criterion rule: its stable id, topic, guideline, editions, citation and
/// criterion. Use <see cref="RuleAttribute{TTopic}"/>; this base is what the catalogue scans for.
/// </summary>
/// <param name="id">
/// A stable id, <c>MTUS.&lt;Guideline&gt;.&lt;Topic&gt;.&lt;Criterion&gt;</c> for the MTUS (e.g.
/// <c>MTUS.CPMTG.Opioids.FourAs</c>, <c>MTUS.ACOEM.LumbarImaging.NerveCompromise</c>), or
/// <c>NonMTUS.&lt;Guideline&gt;.&lt;Topic&gt;.&lt;Criterion&gt;</c> for another evidence-based guideline
/// used where the MTUS is silent (e.g. <c>NonMTUS.ODG.ColdTherapy.PostOperativeDays</c>).
/// </param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public abstract class RuleAttribute(string id) : Attribute
{
    /// <summary>The prefix of ids of rules drawn from the MTUS.</summary>
    public const string MtusPrefix = "MTUS.";

    /// <summary>The prefix of ids of rules drawn from a guideline outside the MTUS.</summary>
    public const string NonMtusPrefix = "NonMTUS.";

    /// <summary>The stable id.</summary>
    public string Id { get; } = id;

    /// <summary>The topic policy the rule belongs to.</summary>
    public abstract Type Topic { get; }

    /// <summary>The guideline's name as citations give it.</summary>
    public string Guideline { get; init; } = "MTUS Chronic Pain Medical Treatment Guidelines";

    /// <summary>
    /// The editions the criterion is stated in; by default every edition, so that the rules of guidelines no
    /// edition change touched (the ACOEM 2004 chapters, ODG) keep applying whatever the date. A criterion of an
    /// edition that was replaced names its editions (e.g. <see cref="GuidelineEditions.Cpmtg"/>).
    /// </summary>
    public GuidelineEditions Editions { get; init; } = GuidelineEditions.Every;

    /// <summary>The pages cited, e.g. <c>78-80</c>.</summary>
    public string Pages { get; init; } = string.Empty;

    /// <summary>The section cited where the guideline is cited by section rather than page, e.g. <c>Knee, Continuous-flow cryotherapy</c>.</summary>
    public string Section { get; init; } = string.Empty;

    /// <summary>The criterion in one line, as the guideline words it.</summary>
    public string Criterion { get; init; } = string.Empty;
}

/// <summary>Marks a criterion rule of the topic <typeparamref name="TTopic"/>.</summary>
/// <typeparam name="TTopic">The topic's policy.</typeparam>
/// <param name="id">The stable id; see <see cref="RuleAttribute"/>.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RuleAttribute<TTopic>(string id) : RuleAttribute(id)
    where TTopic : TopicPolicy
{
    /// <inheritdoc/>
    public override Type Topic => typeof(TTopic);
}
