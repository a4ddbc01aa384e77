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
        const int left = 44;
        const int top = 10;
        var step = runs.Count == 1 ? 0 : (double)width / (runs.Count - 1);
        double X(int i) => left + (runs.Count == 1 ? width / 2.0 : i * step);
        double Y(double v) => top + ((1 - Math.Clamp(v, 0, 1)) * height);
        var points = new Func<RunTrendPoint, double?>[] { r => r.Agreement, r => r.Kappa }
            .Select(figure => runs.Select((r, i) => figure(r) is double v ? (Run: r, X: X(i), Y: Y(v), Value: v) : default).Where(p => p.Run is not null).ToList())
            .ToList();
        string Line(int series) => string.Join(" ", points[series].Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:F1},{p.Y:F1}")));

        html.Append(CultureInfo.InvariantCulture, $"<h2>Trend across recorded runs ({runs.Count})</h2><p>Agreement (blue circles) and Cohen's kappa (orange squares) of each recorded run in this report's mode, oldest first, on a 0–1 scale (a negative kappa is drawn at 0; the table gives its value).</p>")
            .Append(CultureInfo.InvariantCulture, $"<svg id=\"trend-chart\" role=\"img\" aria-label=\"Agreement and kappa by run\" width=\"{left + width + 20}\" height=\"{top + height + 40}\" viewBox=\"0 0 {left + width + 20} {top + height + 40}\" font-size=\"12\">")
            .Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{top}\" width=\"{width}\" height=\"{height}\" fill=\"#f6f7f9\"/>");

        // The y axis: ticks and grid lines at every quarter, labelled.
        foreach (var tick in new[] { 0, 0.25, 0.5, 0.75, 1 })
        {
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"tick\" x1=\"{left - 5}\" y1=\"{Y(tick):F1}\" x2=\"{left + width}\" y2=\"{Y(tick):F1}\" stroke=\"#ccd\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 8}\" y=\"{Y(tick) + 4:F1}\" text-anchor=\"end\">{tick:0.00}</text>");
        }

        // The x axis: each run's id under its point.
        html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + height}\" x2=\"{left + width}\" y2=\"{top + height}\" stroke=\"#445\"/><line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{top + height}\" stroke=\"#445\"/>");
        for (var i = 0; i < runs.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):F1}\" y=\"{top + height + 16}\" text-anchor=\"middle\">{runs[i].Run}</text>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + (width / 2)}\" y=\"{top + height + 34}\" text-anchor=\"middle\">run</text>")
            .Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#3b6fd8\" stroke-width=\"2\" points=\"{Line(0)}\"/>")
            .Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#e07b00\" stroke-width=\"2\" points=\"{Line(1)}\"/>");
        foreach (var p in points[0])
        {
            html.Append(CultureInfo.InvariantCulture, $"<circle class=\"agreement\" cx=\"{p.X:F1}\" cy=\"{p.Y:F1}\" r=\"4\" fill=\"#3b6fd8\"><title>run {p.Run.Run}: agreement {Percent(p.Value)}</title></circle>");
        }

        foreach (var p in points[1])
        {
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"kappa\" x=\"{p.X - 4:F1}\" y=\"{p.Y - 4:F1}\" width=\"8\" height=\"8\" fill=\"#e07b00\"><title>run {p.Run.Run}: kappa {Number(p.Run.Kappa)}</title></rect>");
        }

        html.Append("</svg>")
            .Append("<table id=\"trend\"><tr><th>Run</th><th>When (UTC)</th><th>Mode</th><th>Rule set</th><th>Agreement</th><th>Kappa</th></tr>");
        foreach (var run in runs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{run.Run}</td><td>{run.When.UtcDateTime:yyyy-MM-dd HH:mm}</td><td>{Encode(run.Mode)}</td><td><code>{Encode(run.RuleSet)}</code></td><td>{Percent(run.Agreement)}</td><td>{Number(run.Kappa)}</td></tr>");
        }

        html.Append("</table>");
    }
}
