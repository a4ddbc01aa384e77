using System.Globalization;
using System.Text;
using GuidelineEngine.Reporting.Concentration;
using static GuidelineEngine.Reporting.Sections.HtmlText;

namespace GuidelineEngine.Reporting.Sections;

/// <summary>
/// Where disagreement and inconsistency concentrate: one table per breakdown (specialty,
/// licensure, guideline, topic, month), groups of ten items or more ranked by agreement, lowest
/// first, then the small groups, flagged and unranked. Each share with its 95% Wilson interval.
/// </summary>
public static class ConcentrationSection
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["bySpecialty"] = "By reviewer specialty",
        ["byLicensure"] = "By reviewer licensure",
        ["byGuideline"] = "By guideline cited",
        ["byTopic"] = "By topic",
        ["byMonth"] = "By month of decision",
    };

    /// <summary>Appends the section when the summary has concentration figures.</summary>
    public static void Append(StringBuilder html, BatchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Concentration is not { } concentration)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>Where inconsistency concentrates</h2><p>Agreement is over covered items, the overturn rate over all items, inconsistent over judged items; brackets are 95% Wilson intervals. Groups under {GroupFigures.MinimumToRank} items are flagged, not ranked.</p>");
        foreach (var (name, groups) in concentration.Breakdowns)
        {
            const string header = "<tr><th>Group</th><th>Items</th><th>Agreement</th><th>Overturn rate</th><th>Inconsistent</th><th>Classes</th></tr>";
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Encode(Titles.GetValueOrDefault(name, name))}</h3><table id=\"{Encode(name)}\">{header}");
            var ranked = groups.Where(g => !g.Value.Small).OrderBy(g => g.Value.Agreement.Share ?? 1).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            var small = groups.Where(g => g.Value.Small).OrderByDescending(g => g.Value.Items).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            Rows(html, ranked);
            html.Append("</table>");
            if (small.Count > 0)
            {
                // The small groups folded under the ranked ones: flagged, not ranked, and most of the length of the section.
                html.Append(CultureInfo.InvariantCulture, $"<details class=\"small-groups\"><summary>{small.Count} small {(small.Count == 1 ? "group" : "groups")} (under {GroupFigures.MinimumToRank} items: flagged, not ranked)</summary><table class=\"small\" data-breakdown=\"{Encode(name)}\">{header}");
                Rows(html, small);
                html.Append("</table></details>");
            }
        }
    }

    private static void Rows(StringBuilder html, IEnumerable<KeyValuePair<string, GroupFigures>> groups)
    {
        foreach (var (group, figures) in groups)
        {
            var classes = string.Join(", ", figures.Classes.Select(c => $"{c.Key} {c.Value}"));
            html.Append(CultureInfo.InvariantCulture, $"<tr{(figures.Small ? " class=\"small\"" : string.Empty)}><td>{Encode(group)}{(figures.Small ? " <small>(small group: not ranked)</small>" : string.Empty)}</td><td>{figures.Items}</td><td>{Share(figures.Agreement)}</td><td>{Share(figures.OverturnRate)}</td><td>{Share(figures.Inconsistent)}</td><td>{Encode(classes)}</td></tr>");
        }
    }

    // Each value and its interval stay whole on a narrow column: a line may break between them, never inside one.
    private static string Share(Proportion p) =>
        p.Share is null ? "n/a (0)" : $"<span class=\"nw\">{Percent(p.Share)} ({p.Count}/{p.Of})</span> <span class=\"nw\">[{Percent(p.Low)}–{Percent(p.High)}]</span>";
}
