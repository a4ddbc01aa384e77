namespace GuidelineEngine.Reporting.Concentration;

/// <summary>
/// Where disagreement and inconsistency concentrate in an audit: the figures broken down by
/// reviewer specialty, licensure state, guideline cited, topic and month of decision. An item is
/// judged when its class is not <c>NotJudged</c>; <see cref="GroupFigures.Inconsistent"/> is the share
/// of judged items in one of the three inconsistency classes.
/// </summary>
/// <param name="BySpecialty">By the expert reviewer's specialty.</param>
/// <param name="ByLicensure">By the reviewer's state(s) of licensure.</param>
/// <param name="ByGuideline">By the guideline the MAXIMUS paragraph cites first.</param>
/// <param name="ByTopic">By the item's topic ("not covered" for none).</param>
/// <param name="ByMonth">By the month of the final determination (yyyy-MM; "unknown" without a header date).</param>
public sealed record ConcentrationSummary(
    IReadOnlyDictionary<string, GroupFigures> BySpecialty,
    IReadOnlyDictionary<string, GroupFigures> ByLicensure,
    IReadOnlyDictionary<string, GroupFigures> ByGuideline,
    IReadOnlyDictionary<string, GroupFigures> ByTopic,
    IReadOnlyDictionary<string, GroupFigures> ByMonth)
{
    /// <summary>The breakdowns with their names as the JSON and the report show them.</summary>
    public IEnumerable<(string Name, IReadOnlyDictionary<string, GroupFigures> Groups)> Breakdowns =>
    [
        ("bySpecialty", BySpecialty),
        ("byLicensure", ByLicensure),
        ("byGuideline", ByGuideline),
        ("byTopic", ByTopic),
        ("byMonth", ByMonth),
    ];
}
