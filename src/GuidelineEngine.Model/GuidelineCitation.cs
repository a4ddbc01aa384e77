namespace GuidelineEngine.Model;

/// <summary>One guideline cited as the basis of a decision.</summary>
/// <param name="Guideline">The guideline's name as cited, e.g. <c>Chronic Pain Medical Treatment</c>.</param>
/// <param name="Edition">The edition year the citation states (2004, 2009, 2016...), if any.</param>
/// <param name="Sections">The sections cited, as written, if any.</param>
/// <param name="Pages">The pages or page ranges cited, e.g. <c>76-78</c>.</param>
/// <param name="IsMtus">True for a citation of the MTUS; false for a non-MTUS source such as ODG.</param>
/// <param name="Text">The citation text as written.</param>
public sealed record GuidelineCitation(
    string Guideline,
    int? Edition,
    string? Sections,
    IReadOnlyList<string> Pages,
    bool IsMtus,
    string Text);
