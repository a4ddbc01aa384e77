using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation;

/// <summary>A rule as the catalogue lists it: its metadata and the instance that evaluates it.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Topic">The topic's name.</param>
/// <param name="Guideline">The guideline's name.</param>
/// <param name="Editions">The editions the criterion is stated in.</param>
/// <param name="Pages">The pages cited; empty when the guideline is cited by section.</param>
/// <param name="Section">The section cited; empty when cited by page.</param>
/// <param name="Criterion">The criterion in one line.</param>
/// <param name="Rule">The rule instance.</param>
public sealed record RuleDescriptor(
    string Id,
    string Topic,
    string Guideline,
    GuidelineEditions Editions,
    string Pages,
    string Section,
    string Criterion,
    CriterionRule Rule)
{
    /// <summary>True when the criterion is the MTUS's own; false for another evidence-based guideline used where the MTUS is silent.</summary>
    public bool IsMtus => Id.StartsWith(RuleAttribute.MtusPrefix, StringComparison.Ordinal);

    /// <summary>The citation as reviewers write it, e.g. "MTUS Chronic Pain Medical Treatment Guidelines, pp. 78-80".</summary>
    public string Citation => CitationOf(Guideline);

    /// <summary>
    /// The citation naming the edition applied, e.g. "MTUS Chronic Pain Medical Treatment Guidelines (2016), pp. 78-80",
    /// for a rule stated in some editions only; a rule that serves every edition (an ACOEM 2004 chapter, ODG) is
    /// cited as its guideline names itself.
    /// </summary>
    public string CitationFor(GuidelineEditions edition) =>
        Editions == GuidelineEditions.Every ? Citation : CitationOf($"{Guideline} ({GuidelineEditionSelector.Name(edition)})");

    private string CitationOf(string guideline)
    {
        var place = Pages.Length > 0
            ? $"{(Pages.Contains('-', StringComparison.Ordinal) || Pages.Contains(',', StringComparison.Ordinal) ? "pp." : "p.")} {Pages}"
            : $"section {Section}";
        return Pages.Length > 0 && Section.Length > 0 ? $"{guideline}, {place}, section {Section}" : $"{guideline}, {place}";
    }
}
