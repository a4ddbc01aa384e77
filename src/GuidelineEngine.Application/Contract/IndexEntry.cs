using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts.Index;

namespace GuidelineEngine.Application.Contract;

/// <summary>One topic of the guideline topic index as <c>guideline rules list --index</c> and <c>GET /api/rules</c> show it: where the guideline treats it, its status, and the rules that decide it or why none do.</summary>
/// <param name="Id">The index row's id.</param>
/// <param name="Guideline">The guideline.</param>
/// <param name="Edition">The edition the row speaks of.</param>
/// <param name="Topic">The topic as the guideline titles it.</param>
/// <param name="Citation">The topic's own citation (pages not confirmed by a letter say so).</param>
/// <param name="Status">What the guideline says of it.</param>
/// <param name="Source">MTUS or NonMTUS.</param>
/// <param name="DecidedBy">The topic whose rules decide its requests; null when none does.</param>
/// <param name="Rules">How many rules that topic has.</param>
/// <param name="Reason">Why no rule decides it, when none does.</param>
public sealed record IndexEntry(string Id, string Guideline, string Edition, string Topic, string Citation, string Status, string Source, string? DecidedBy, int Rules, string? Reason)
{
    /// <summary>Every topic of the index with how it is decided, in index order.</summary>
    public static IReadOnlyList<IndexEntry> From(GuidelineIndex index, RuleCatalog catalog) =>
        [.. IndexCoverage.Of(index, catalog).Select(c => new IndexEntry(
            c.Topic.Id, c.Topic.Guideline, c.Topic.Edition, c.Topic.Topic, c.Topic.Citation, c.Topic.Status.ToString(), c.Topic.Mtus ? "MTUS" : "NonMTUS", c.DecidedBy, c.RuleCount, c.Reason))];
}
