namespace GuidelineEngine.Model;

/// <summary>
/// What a request's text states about the thing requested. Every field is optional: only what
/// the text says is filled in.
/// </summary>
public sealed record RequestDetails
{
    /// <summary>True when the text names a medication rather than a service.</summary>
    public bool IsMedication { get; init; }

    /// <summary>The drug name as written, e.g. <c>Norco</c> or <c>Lidocaine ointment</c>.</summary>
    public string? DrugName { get; init; }

    /// <summary>The strength as written, e.g. <c>10/325mg</c> or <c>5%</c>.</summary>
    public string? Strength { get; init; }

    /// <summary>The dosage form, lower case, e.g. <c>patch</c>, <c>cream</c>, <c>tablet</c>.</summary>
    public string? Form { get; init; }

    /// <summary>The dispensed count, e.g. 60 for <c>#60</c> or <c>QTY: 60.00</c>.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>An amount by weight or volume as written, e.g. <c>120 GM</c> or <c>240g</c>.</summary>
    public string? Amount { get; init; }

    /// <summary>The number of refills requested.</summary>
    public int? Refills { get; init; }

    /// <summary>The number of sessions, visits or treatments requested.</summary>
    public int? Sessions { get; init; }

    /// <summary>Sessions per week, e.g. 3 for "3 times a week".</summary>
    public int? TimesPerWeek { get; init; }

    /// <summary>The duration as written, e.g. <c>2 weeks</c> or <c>six weeks</c>.</summary>
    public string? Duration { get; init; }

    /// <summary>The duration in weeks, when it can be computed.</summary>
    public int? DurationWeeks { get; init; }

    /// <summary>What utilization review authorized of the request, when the text or the letter says; never the requested count.</summary>
    public AuthorizedPortion? Authorized { get; init; }

    /// <summary>
    /// The ranges of a count or duration read at their upper bound, as written ("1 to 2 times",
    /// "six to eight weeks"): the fields above hold the upper bound, and explanations say so.
    /// </summary>
    public IReadOnlyList<string> RangesReadAtUpperBound { get; init; } = [];

    /// <summary>The body parts named, in order, each as written with the side written before it ("right hand", "bilateral upper extremities", "RUE").</summary>
    public IReadOnlyList<string> BodyParts { get; init; } = [];
}
