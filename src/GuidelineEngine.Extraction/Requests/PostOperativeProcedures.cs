using GuidelineEngine.Facts;
using GuidelineEngine.Facts.Requests;

namespace GuidelineEngine.Extraction.Requests;

/// <summary>
/// Finds the surgery a post-operative request follows, so that its postsurgical schedule can be
/// applied: in the item's own heading, then in the headings of the other items of the request
/// (the surgery requested with it), then in the clinical summary. Never in the reviewer's
/// rationale, in either mode: the request is what the physician asked, not what the reviewer said.
/// </summary>
public static class PostOperativeProcedures
{
    /// <summary>
    /// The surgery <paramref name="request"/> follows, "not stated" when none is named, or null
    /// when the request is not post-operative.
    /// </summary>
    /// <param name="request">The request read from the item.</param>
    /// <param name="facts">The item's facts: its heading and the clinical summary (rationale facts are skipped).</param>
    /// <param name="requestHeadings">The facts of the other items' headings, read only when needed.</param>
    public static PostOperativeProcedure? Of(RequestFacts request, IReadOnlyList<Fact> facts, Func<IReadOnlyList<Fact>> requestHeadings)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(requestHeadings);
        if (!request.IsPostOperative)
        {
            return null;
        }

        var own = Named(facts, SourceSection.ItemHeading);
        if (own.Count > 0)
        {
            return new PostOperativeProcedure(ProcedureSource.ItemHeading, own);
        }

        var others = Named(requestHeadings(), SourceSection.ItemHeading);
        if (others.Count > 0)
        {
            return new PostOperativeProcedure(ProcedureSource.RequestHeading, others);
        }

        var summary = Named(facts, SourceSection.Summary);
        return summary.Count > 0 ? new PostOperativeProcedure(ProcedureSource.Summary, summary) : PostOperativeProcedure.NotStated;
    }

    private static List<Fact> Named(IEnumerable<Fact> facts, SourceSection section) =>
        [.. facts.Where(f => f.Section == section && f.Polarity == Polarity.Present && PostOperativeProcedure.ScheduledKinds.Contains(f.Kind))];
}
