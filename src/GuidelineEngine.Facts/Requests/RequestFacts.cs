using GuidelineEngine.Facts.Index;
using GuidelineEngine.Facts.Vocabulary;

namespace GuidelineEngine.Facts.Requests;

/// <summary>
/// What the request itself is, as typed values extracted once: what is requested, its route and
/// form, whether it is new or continued, whether it follows a surgery, the body parts, counts and
/// durations. Rules read these, never the request's text.
/// </summary>
public sealed record RequestFacts
{
    /// <summary>The request as decided, for explanations only.</summary>
    public required string Name { get; init; }

    /// <summary>The drugs the request names, in order; several for a compound.</summary>
    public IReadOnlyList<DrugEntry> Drugs { get; init; } = [];

    /// <summary>The service the request names when it names no drug: the first one named.</summary>
    public ServiceEntry? Service { get; init; }

    /// <summary>Every service the request names, in order ("Referral to chiropractor": consultation, then chiropractic).</summary>
    public IReadOnlyList<ServiceEntry> Services { get; init; } = [];

    /// <summary>Every active ingredient of the requested drugs, with its class and topical rating.</summary>
    public IReadOnlyList<Ingredient> Ingredients { get; init; } = [];

    /// <summary>The dosage form, lower case (<c>patch</c>, <c>cream</c>, <c>tablet</c>): stated, else implied by the drug.</summary>
    public string? Form { get; init; }

    /// <summary>True for a cream, ointment, gel, lotion, patch, pad, spray or solution, a topical drug class, or a compound stated in percent.</summary>
    public bool IsTopical { get; init; }

    /// <summary>
    /// True for an opioid delivered through the skin into the blood (a fentanyl, Duragesic or
    /// Butrans patch): an opioid request, never a topical analgesic, although its form is a patch.
    /// </summary>
    public bool IsTransdermalOpioid { get; init; }

    /// <summary>True when the request is for an injection.</summary>
    public bool IsInjection { get; init; }

    /// <summary>Whether the patient already takes the requested drug.</summary>
    public RequestUse Use { get; init; }

    /// <summary>
    /// True when the request follows a surgery: "post-op", "postoperative", "post-surgical",
    /// "after surgery", "status post", or an associated surgical service that is not pre-operative.
    /// The bare word "surgical" is not enough ("surgical consultation" precedes any surgery).
    /// </summary>
    public bool IsPostOperative { get; init; }

    /// <summary>The surgery a post-operative request follows (or "not stated"); null when the request is not post-operative.</summary>
    public PostOperativeProcedure? PostOperativeProcedure { get; init; }

    /// <summary>True when the request is for inpatient care or a rehabilitation unit.</summary>
    public bool IsInpatient { get; init; }

    /// <summary>The body parts the request names, in order.</summary>
    public IReadOnlyList<BodyPart> BodyParts { get; init; } = [];

    /// <summary>The strength as written, e.g. <c>10/325mg</c>.</summary>
    public string? Strength { get; init; }

    /// <summary>The dispensed count, e.g. 60 for <c>#60</c>.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Refills requested.</summary>
    public int? Refills { get; init; }

    /// <summary>Sessions, visits or treatments requested, when stated as a count.</summary>
    public int? Sessions { get; init; }

    /// <summary>Sessions per week.</summary>
    public int? TimesPerWeek { get; init; }

    /// <summary>The requested duration in weeks.</summary>
    public int? DurationWeeks { get; init; }

    /// <summary>
    /// The ranges read at their upper bound, as written ("1 to 2 times", "six to eight weeks"):
    /// the counts above are the most the request asks, and explanations say so.
    /// </summary>
    public IReadOnlyList<string> RangesReadAtUpperBound { get; init; } = [];

    /// <summary>What utilization review authorized of a modified request; null when the request or letter does not say. Never the requested count.</summary>
    public AuthorizedPart? Authorized { get; init; }

    /// <summary>Visits requested: the count stated, else frequency times duration.</summary>
    public int? Visits => Sessions ?? (TimesPerWeek * DurationWeeks);

    /// <summary>
    /// How the counts were read, for explanations after the count's noun: empty, or the ranges
    /// read at their upper bound (" (\"1 to 2 times\" read at its upper bound)").
    /// </summary>
    public string VisitsReading => RangesReadAtUpperBound.Count == 0 ? string.Empty
        : $" ({string.Join(" and ", RangesReadAtUpperBound.Select(r => $"\"{r}\""))} read at {(RangesReadAtUpperBound.Count == 1 ? "its" : "their")} upper bound)";

    /// <summary>The topic of the guideline topic index the request names, when the index knows its words (set by the evaluator when not already set).</summary>
    public IndexTopic? IndexTopic { get; init; }

    /// <summary>The first requested drug, if any.</summary>
    public DrugEntry? Drug => Drugs.Count > 0 ? Drugs[0] : null;
}
