using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Evaluation;

/// <summary>A rule as the catalogue lists it: its metadata and the instance that evaluates it.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Topic">The topic.</param>
/// <param name="Guideline">The guideline's name.</param>
/// <param name="Editions">The editions the criterion is stated in.</param>
/// <param name="Pages">The pages cited.</param>
/// <param name="Criterion">The criterion in one line.</param>
/// <param name="Rule">The rule instance.</param>
public sealed record RuleDescriptor(
    string Id,
    Topic Topic,
    string Guideline,
    GuidelineEditions Editions,
    string Pages,
    string Criterion,
    CriterionRule Rule)
{
    /// <summary>The citation as reviewers write it, e.g. "MTUS Chronic Pain Medical Treatment Guidelines, pp. 78-80".</summary>
    public string Citation => $"{Guideline}, {(Pages.Contains('-', StringComparison.Ordinal) || Pages.Contains(',', StringComparison.Ordinal) ? "pp." : "p.")} {Pages}";
}
