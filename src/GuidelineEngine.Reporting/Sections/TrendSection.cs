using System.Globalization;
using System.Text;
using static GuidelineEngine.Reporting.Sections.HtmlText;

namespace GuidelineEngine.Reporting.Sections;

/// <summary>Agreement and kappa across recorded runs, oldest first: an inline SVG line chart and its table.</summary>
public static class TrendSection
{
    /// <summary>Appends the section when there are recorded runs.</summary>
    public static void Append(StringBuilder html, IReadOnlyList<RunTrendPoint> runs)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            return;
        }

        const int width = 600;
        const int height = 160;
        var step = runs.Count == 1 ? 0 : (double)width / (runs.Count - 1);
        string Line(Func<RunTrendPoint, double?> figure) => string.Join(" ", runs.Select((r, i) => figure(r) is double v
            ? string.Create(CultureInfo.InvariantCulture, $"{20 + (i * step):F1},{10 + ((1 - Math.Clamp(v, 0, 1)) * height):F1}")
            : null).OfType<string>());

        html.Append(CultureInfo.InvariantCulture, $"<h2>Trend across recorded runs ({runs.Count})</h2><p>Agreement (blue) and Cohen's kappa (orange) of each recorded run in this report's mode, oldest first, on a 0–1 scale (a negative kappa is drawn at 0; the table gives its value).</p>")
            .Append(CultureInfo.InvariantCulture, $"<svg id=\"trend-chart\" role=\"img\" aria-label=\"Agreement and kappa by run\" width=\"{width + 40}\" height=\"{height + 20}\">")
            .Append(CultureInfo.InvariantCulture, $"<rect x=\"20\" y=\"10\" width=\"{width}\" height=\"{height}\" fill=\"#f6f7f9\"/>")
            .Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#3b6fd8\" stroke-width=\"2\" points=\"{Line(r => r.Agreement)}\"/>")
            .Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#e07b00\" stroke-width=\"2\" points=\"{Line(r => r.Kappa)}\"/></svg>")
            .Append("<table id=\"trend\"><tr><th>Run</th><th>When (UTC)</th><th>Mode</th><th>Rule set</th><th>Agreement</th><th>Kappa</th></tr>");
        foreach (var run in runs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{run.Run}</td><td>{run.When.UtcDateTime:yyyy-MM-dd HH:mm}</td><td>{Encode(run.Mode)}</td><td><code>{Encode(run.RuleSet)}</code></td><td>{Percent(run.Agreement)}</td><td>{Number(run.Kappa)}</td></tr>");
        }

        html.Append("</table>");
    }
}
