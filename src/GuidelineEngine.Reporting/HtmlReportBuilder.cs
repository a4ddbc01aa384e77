using System.Globalization;
using System.Net;
using System.Text;
using GuidelineEngine.Evaluation;
using GuidelineEngine.RuleModel;

namespace GuidelineEngine.Reporting;

/// <summary>
/// Builds the QA report: one self-contained HTML page (inline CSS and SVG, no network) with the
/// summary figures beside the baseline, agreement by topic, the confusion matrix, each
/// discordant item with its criteria and the supporting sentences highlighted in the clinical
/// summary, and the letters that failed to read. It keeps only discordant and failed letters.
/// </summary>
public sealed class HtmlReportBuilder(string mode)
{
    private readonly List<(LetterEvaluation Letter, EvaluatedItem Item)> discordant = [];
    private readonly List<LetterEvaluation> failed = [];
    private readonly List<(LetterEvaluation Letter, EvaluatedItem Item)> notCovered = [];
    private readonly Sections.ConsistencySection consistency = new();

    /// <summary>Recorded runs' figures, oldest first, for the trend section; none, no section.</summary>
    public IReadOnlyList<Sections.RunTrendPoint> Trend { get; set; } = [];

    /// <summary>Adds one letter's results.</summary>
    public void Add(LetterEvaluation letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        if (letter.Error is not null)
        {
            failed.Add(letter);
        }

        discordant.AddRange(letter.Items.Where(i => i.Agrees == false).Select(i => (letter, i)));
        notCovered.AddRange(letter.Items.Where(i => i.Evaluation.Predicted == Determination.NotCovered).Select(i => (letter, i)));
        consistency.Add(letter);
    }

    /// <summary>The page.</summary>
    public string Build(BatchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>GuidelineEngine QA report</title><style>")
            .Append("body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1d2430}")
            .Append("h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccd}table{border-collapse:collapse}td,th{border:1px solid #ccd;padding:.3rem .6rem;text-align:left;vertical-align:top}")
            .Append(".figures td:nth-child(2){font-weight:600}.note{background:#fff6dc;border-left:4px solid #e0a800;padding:.6rem 1rem}")
            .Append(".item{border:1px solid #ccd;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}.Met{color:#1a7f37}.NotMet{color:#b42318}.NotDocumented{color:#b54708}.NotApplicable{color:#667085}")
            .Append("mark{background:#ffe08a}.summary{white-space:pre-wrap;background:#f6f7f9;padding:.6rem;font-size:.9rem}")
            .Append("</style></head><body>");
        html.Append("<h1>GuidelineEngine QA report</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Mode: <b>{Encode(mode)}</b>. These are predictions that flag items for a physician reviewer; only a physician may deny or modify a request in California utilization review.</p>");
        AppendFigures(html, summary);
        AppendTopicChart(html, summary);
        AppendConfusion(html, summary.Confusion);
        AppendSources(html, summary);
        AppendNotCovered(html, summary);
        consistency.Append(html, summary);
        Sections.ConcentrationSection.Append(html, summary);
        Sections.TrendSection.Append(html, Trend);
        AppendDiscordant(html);
        AppendFailed(html);
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void AppendFigures(StringBuilder html, BatchSummary s)
    {
        html.Append("<h2>Summary</h2><table class=\"figures\" id=\"figures\"><tr><th>Figure</th><th>Value</th><th>Always-Upheld baseline</th></tr>");
        Row(html, "Letters read", $"{s.Letters - s.FailedLetters} of {s.Letters}", string.Empty);
        Row(html, "Items covered", $"{s.Covered} of {s.Items} ({Percent(s.Coverage)})", string.Empty);
        Row(html, "Agreement with recorded outcomes", Percent(s.Agreement), Percent(s.BaselineAgreement));
        Row(html, "Cohen's kappa", Number(s.Kappa), "0.000");
        Row(html, "Prevalence-adjusted kappa", Number(s.PrevalenceAdjustedKappa), string.Empty);
        Row(html, "Overturn recall", Percent(s.OverturnRecall), "0.0 %");
        html.Append("</table>");
    }

    private static void AppendTopicChart(StringBuilder html, BatchSummary s)
    {
        const int barWidth = 400;
        const int rowHeight = 26;
        var topics = s.ByTopic.ToList();
        html.Append("<h2>Agreement and coverage by topic</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Coverage over all items: {Percent(s.Coverage)} ({s.Covered} of {s.Items}).</p>");
        html.Append(CultureInfo.InvariantCulture, $"<svg id=\"topic-chart\" role=\"img\" aria-label=\"Agreement by topic\" width=\"{barWidth + 360}\" height=\"{(topics.Count + 1) * rowHeight}\">");
        for (var i = 0; i < topics.Count; i++)
        {
            var (name, topic) = (topics[i].Key, topics[i].Value);
            var y = i * rowHeight;
            var share = s.Items == 0 ? 0 : (double)topic.Items / s.Items;
            var width = (topic.Agreement ?? 0) * barWidth;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 17}\" font-size=\"13\">{Encode(name)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"200\" y=\"{y + 4}\" width=\"{barWidth}\" height=\"16\" fill=\"#eef0f4\"/>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"200\" y=\"{y + 4}\" width=\"{width:F1}\" height=\"16\" fill=\"#3b6fd8\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{barWidth + 210}\" y=\"{y + 17}\" font-size=\"13\">{Percent(topic.Agreement)} agree, {topic.Items} items ({Percent(share)} of all)</text>");
        }

        html.Append("</svg>");
    }

    private static void AppendConfusion(StringBuilder html, ConfusionMatrix m)
    {
        html.Append("<h2>Confusion matrix</h2><table id=\"confusion\"><tr><th>Predicted \\ Recorded</th><th>Upheld</th><th>Overturned</th></tr>");
        foreach (var predicted in Enum.GetValues<Model.Outcome>())
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{predicted}</th><td>{m[predicted, Model.Outcome.Upheld]}</td><td>{m[predicted, Model.Outcome.Overturned]}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendSources(StringBuilder html, BatchSummary s)
    {
        html.Append("<h2>MTUS and non-MTUS predictions</h2><p>Predictions that rest on a guideline outside the MTUS (used where the MTUS is silent) are counted apart.</p><table id=\"sources\"><tr><th>Basis</th><th>Items</th><th>Agreement</th></tr>");
        foreach (var (source, figures) in s.BySource)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(source)}</td><td>{figures.Items}</td><td>{Percent(figures.Agreement)}</td></tr>");
        }

        html.Append("</table>");
    }

    private void AppendNotCovered(StringBuilder html, BatchSummary s)
    {
        var count = s.NotCovered.Values.Sum();
        html.Append(CultureInfo.InvariantCulture, $"<h2>Not covered ({count})</h2><p>No prediction is made for these items: no encoded topic applies.</p><table id=\"not-covered\"><tr><th>Why</th><th>Items</th><th>Which</th></tr>");
        foreach (var (reason, items) in s.NotCovered.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            var which = notCovered.Where(n => (n.Item.Evaluation.NotCoveredReason ?? "not covered") == reason)
                .Select(n => $"{n.Letter.CaseNumber ?? Path.GetFileName(n.Letter.File)}: {n.Item.Item}");
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(reason)}</td><td>{items}</td><td>{string.Join("<br>", which.Select(Encode))}</td></tr>");
        }

        html.Append("</table>");
    }

    private void AppendDiscordant(StringBuilder html)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Discordant items ({discordant.Count})</h2><div id=\"discordant\">");
        if (discordant.Count == 0)
        {
            html.Append("<p>Every covered item agrees with its recorded outcome.</p>");
        }

        foreach (var (letter, item) in discordant)
        {
            html.Append("<div class=\"item\">")
                .Append(CultureInfo.InvariantCulture, $"<h3>{Encode(item.Item)}</h3><p>{Encode(letter.CaseNumber ?? Path.GetFileName(letter.File))} · topic {Encode(item.Evaluation.Topic ?? "-")} · recorded <b>{item.Recorded}</b> · predicted <b>{item.Evaluation.Predicted}</b> · edition {Encode(item.Evaluation.EditionName)}</p><ul>");
            foreach (var c in item.Evaluation.Criteria)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"{c.Result.Status}\">{c.Result.Status}</span> <code>{Encode(c.Rule.Id)}</code> — {Encode(c.Result.Reason)} <small>({Encode(c.Citation)})</small></li>");
            }

            html.Append("</ul>");
            if (letter.ClinicalSummary is { } summary)
            {
                html.Append("<div class=\"summary\">").Append(Highlight(summary, item)).Append("</div>");
            }

            html.Append("</div>");
        }

        html.Append("</div>");
    }

    private void AppendFailed(StringBuilder html)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Letters that failed to read ({failed.Count})</h2><ul id=\"failed\">");
        foreach (var letter in failed)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Encode(new Uri(Path.GetFullPath(letter.File)).AbsoluteUri)}\">{Encode(Path.GetFileName(letter.File))}</a>: {Encode(letter.Error ?? string.Empty)}</li>");
        }

        html.Append("</ul>");
    }

    // Marks the summary sentences the item's criteria relied on.
    private static string Highlight(string summary, EvaluatedItem item)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (var span in EvidenceHighlights.Spans(summary, item.Evaluation.Criteria.SelectMany(c => c.Result.Evidence)))
        {
            html.Append(Encode(summary[at..span.Start])).Append("<mark>").Append(Encode(summary[span.Start..span.End])).Append("</mark>");
            at = span.End;
        }

        return html.Append(Encode(summary[at..])).ToString();
    }

    private static void Row(StringBuilder html, string name, string value, string baseline) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(name)}</td><td>{Encode(value)}</td><td>{Encode(baseline)}</td></tr>");

    private static string Percent(double? value) => value is double v ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a";

    private static string Number(double? value) => value is double v ? v.ToString("F3", CultureInfo.InvariantCulture) : "n/a (undefined)";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
