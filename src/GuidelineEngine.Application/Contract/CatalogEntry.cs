using GuidelineEngine.Evaluation;

namespace GuidelineEngine.Application.Contract;

/// <summary>A rule as the catalogue shows it to reviewers and programs (<c>rules list</c>, <c>GET /api/rules</c>).</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Topic">The topic.</param>
/// <param name="Editions">The editions it is stated in.</param>
/// <param name="Criterion">The criterion as the guideline words it.</param>
/// <param name="Citation">The guideline and its pages or section.</param>
/// <param name="Guideline">The guideline (and chapter) the criterion is drawn from.</param>
/// <param name="Source"><c>MTUS</c>, or <c>NonMTUS</c> for a guideline used where the MTUS is silent.</param>
public sealed record CatalogEntry(string Id, string Topic, string Editions, string Criterion, string Citation, string Guideline, string Source)
{
    /// <summary>Every rule of the catalogue, in catalogue order.</summary>
    public static IReadOnlyList<CatalogEntry> From(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Rules.Select(r => new CatalogEntry(r.Id, r.Topic, r.Editions.ToString(), r.Criterion, r.Citation, r.Guideline, r.IsMtus ? "MTUS" : "NonMTUS"))];
    }
}
