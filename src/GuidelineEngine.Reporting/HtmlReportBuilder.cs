using System.Globalization;
using System.Text;
using GuidelineEngine.Evaluation;
using GuidelineEngine.RuleModel;
using static GuidelineEngine.Reporting.Sections.HtmlText;

namespace GuidelineEngine.Reporting;

/// <summary>
/// Builds the QA report: one self-contained HTML page (inline CSS and SVG, no network) with the
/// summary figures beside the baseline, agreement by topic, the confusion matrix, each
/// discordant item with its criteria and the supporting sentences highlighted in the clinical
/// summary, and the letters that failed to read. It keeps only discordant and failed letters.
/// </summary>
/// <param name="mode">The mode the batch ran in, as users type it.</param>
/// <param name="run">When, with what and on what the batch ran; the report omits the run section without it.</param>
public sealed partial class HtmlReportBuilder(string mode, ReportRun? run = null)
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
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>GuidelineEngine QA report</title><style>")
            .Append("body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1d2430}")
            .Append("h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccd}table{border-collapse:collapse}td,th{border:1px solid #ccd;padding:.3rem .6rem;text-align:left;vertical-align:top}")
            .Append(".figures td:nth-child(2){font-weight:600}.note{background:#fff6dc;border-left:4px solid #e0a800;padding:.6rem 1rem}")
            .Append(".item{border:1px solid #ccd;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}.Met{color:#1a7f37}.NotMet{color:#b42318}.NotDocumented{color:#b54708}.NotApplicable{color:#667085}")
            .Append("mark{background:#ffe08a}.summary{white-space:pre-wrap;background:#f6f7f9;padding:.6rem;font-size:.9rem}")
            .Append(".supports{font-size:.8rem;color:#5a4a00;background:#fff3c4;border-radius:4px;padding:0 .3rem;margin:0 .3rem}")
            .Append("svg{max-width:100%;height:auto}.warning{color:#b42318;font-weight:600}.explain{color:#445;font-size:.9rem}")
            .Append("#filters{display:flex;gap:1rem;flex-wrap:wrap;margin:.5rem 0}#filters label{font-weight:600}td.num{text-align:right}#run td{overflow-wrap:anywhere}table{display:block;max-width:100%;overflow-x:auto}")
            .Append(".nw{white-space:nowrap}.bar{display:inline-block;width:7rem;height:.8rem;background:#eef0f4;vertical-align:middle;margin-right:.4rem}.bar span{display:block;height:100%;background:#3b6fd8}")
            .Append("#contents ol{columns:2 14rem;margin:.3rem 0}#contents{background:#f6f7f9;border:1px solid #ccd;border-radius:6px;padding:.4rem 1rem}.evidence{list-style:none;padding:0}.evidence li{margin:.3rem 0}details summary{cursor:pointer;color:#445}.criterion-text{color:#445}")
            .Append("</style></head><body>");
        html.Append("<h1>GuidelineEngine QA report</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Mode: <b>{Encode(mode)}</b>. {Encode(PhysicianDisclaimer.Text)}</p>");
        AppendRun(html);
        AppendFigures(html, summary);
        AppendTopics(html, summary);
        AppendConfusion(html, summary.Confusion);
        AppendSources(html, summary);
        AppendRules(html, summary);
        AppendNotCovered(html, summary);
        consistency.Append(html, summary);
        Sections.ConcentrationSection.Append(html, summary);
        Sections.TrendSection.Append(html, Trend);
        AppendDiscordant(html);
        AppendFailed(html);
        html.Append("<script>").Append(FilterScript).Append("</script>");
        html.Append("</body></html>");
        return WithContents(html.ToString());
    }

    /// <summary>
    /// The page with an id on every section heading and, after the disclaimer, a table of contents
    /// linking them: built from the headings written, so that no section is left out of it.
    /// </summary>
    private static string WithContents(string page)
    {
        var sections = new List<(string Id, string Title)>();
        var numbered = SectionHeading().Replace(page, m =>
        {
            var id = "section-" + (sections.Count + 1).ToString(CultureInfo.InvariantCulture);
            sections.Add((id, m.Groups[1].Value));
            return $"<h2 id=\"{id}\">{m.Groups[1].Value}</h2>";
        });
        var contents = new StringBuilder("<nav id=\"contents\" aria-label=\"Contents\"><b>Contents</b><ol>");
        foreach (var (id, title) in sections)
        {
            contents.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{id}\">{title}</a></li>");
        }

        contents.Append("</ol></nav>");
        var at = numbered.IndexOf("</p>", numbered.IndexOf("<p class=\"note\">", StringComparison.Ordinal), StringComparison.Ordinal) + "</p>".Length;
        return numbered.Insert(at, contents.ToString());
    }

    [System.Text.RegularExpressions.GeneratedRegex("<h2>(.*?)</h2>")]
    private static partial System.Text.RegularExpressions.Regex SectionHeading();

    private static void AppendFigures(StringBuilder html, BatchSummary s)
    {
        html.Append("<h2>Summary</h2><table class=\"figures\" id=\"figures\"><tr><th>Figure</th><th>Value</th><th>Always-Upheld baseline</th><th>What it means</th></tr>");
        Row(html, "Letters read", $"{s.Letters - s.FailedLetters} of {s.Letters}", string.Empty, string.Empty);
        Row(html, "Items covered", $"{s.Covered} of {s.Items} ({Percent(s.Coverage)})", string.Empty, FigureNotes.Coverage(s));
        Row(html, "Agreement with recorded outcomes", Percent(s.Agreement), Percent(s.BaselineAgreement), FigureNotes.Agreement);
        Row(html, "Cohen's kappa", Number(s.Kappa), "0.000", FigureNotes.Kappa);
        Row(html, "Prevalence-adjusted kappa", Number(s.PrevalenceAdjustedKappa), string.Empty, FigureNotes.PrevalenceAdjustedKappa);
        Row(html, "Overturn recall", Percent(s.OverturnRecall), "0.0 %", FigureNotes.OverturnRecall);
        html.Append("</table>");
        if (FigureNotes.BelowBaseline(s) is { } warning)
        {
            html.Append("<p class=\"warning\" id=\"below-baseline\">").Append(Encode(warning)).Append("</p>");
        }
    }

    private void AppendRun(StringBuilder html)
    {
        if (run is null)
        {
            return;
        }

        html.Append("<h2>Run</h2><table id=\"run\">");
        Pair(html, "When", run.When.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        Pair(html, "Program version", run.ToolVersion);
        Pair(html, "Inputs", string.Join(", ", run.Inputs));
        Pair(html, "Mode", mode);
        Pair(html, "Rule set", $"{run.RuleSet.Version}, hash {run.RuleSet.ShortHash}");
        html.Append("</table>");
    }

    // One table, no separate chart: each topic's figures once, agreement drawn as a bar beside its value.
    private static void AppendTopics(StringBuilder html, BatchSummary s)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Agreement and coverage by topic</h2><p>Coverage over all items: {Percent(s.Coverage)} ({s.Covered} of {s.Items}). Topics with the most items first.</p>");
        html.Append("<table id=\"topics\"><tr><th>Topic</th><th>Items</th><th>Agreement</th><th>Cohen's kappa</th><th>Overturn recall</th></tr>");
        foreach (var (name, topic) in s.ByTopic.OrderByDescending(t => t.Value.Items).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            var share = s.Items == 0 ? 0 : (double)topic.Items / s.Items;
            var bar = string.Create(CultureInfo.InvariantCulture, $"<span class=\"bar\" aria-hidden=\"true\"><span style=\"width:{(topic.Agreement ?? 0) * 100:F1}%\"></span></span>");
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(name)}</td><td class=\"num\"><span class=\"nw\">{topic.Items} ({Percent(share)})</span></td><td class=\"nw\">{bar}{Percent(topic.Agreement)}</td><td class=\"num\">{Encode(Number(topic.Confusion.Kappa))}</td><td class=\"num\">{Percent(topic.Confusion.OverturnRecall)}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendRules(StringBuilder html, BatchSummary s)
    {
        html.Append("<h2>By rule</h2><p>Items on which a rule decided the prediction (not met or not documented on an Upheld prediction, met on an Overturned one) and how many of those agreed with the recorded outcome.</p>");
        html.Append("<table id=\"rules\"><tr><th>Rule</th><th>Decided</th><th>Agreed</th><th>Agreement</th></tr>");
        foreach (var (rule, figures) in s.ByRule.OrderByDescending(r => r.Value.Decided).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            var share = figures.Decided == 0 ? (double?)null : (double)figures.Agreed / figures.Decided;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><code>{RuleIdHtml(rule)}</code></td><td class=\"num\">{figures.Decided}</td><td class=\"num\">{figures.Agreed}</td><td class=\"num\">{Percent(share)}</td></tr>");
        }

        html.Append("</table>");
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
        html.Append(CultureInfo.InvariantCulture, $"<h2>Discordant items ({discordant.Count})</h2>");
        if (discordant.Count == 0)
        {
            html.Append("<div id=\"discordant\"><p>Every covered item agrees with its recorded outcome.</p>");
        }
        else
        {
            AppendFilters(html);
            html.Append("<p id=\"shown\" aria-live=\"polite\"></p><div id=\"discordant\">");
        }

        foreach (var (letter, item) in discordant)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"item\" data-topic=\"{Encode(item.Evaluation.Topic ?? string.Empty)}\" data-predicted=\"{item.Evaluation.Predicted}\" data-recorded=\"{item.Recorded}\">")
                .Append(CultureInfo.InvariantCulture, $"<h3>{Encode(item.Item)}</h3><p>{Encode(letter.CaseNumber ?? Path.GetFileName(letter.File))} · topic {Encode(item.Evaluation.Topic ?? "-")} · recorded <b>{item.Recorded}</b> · predicted <b>{item.Evaluation.Predicted}</b> · edition {Encode(item.Evaluation.EditionName)}</p><ul>");
            void Criteria(IEnumerable<CriterionEvaluation> criteria)
            {
                foreach (var c in criteria)
                {
                    var citation = ChapterCitation.For(c.Citation, item.Evaluation.Facts.Request.BodyParts);
                    html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"{c.Result.Status}\">{StatusWord(c.Result.Status)}</span> <b>{Encode(CriterionName.Of(c.Rule.Id))}</b>: <span class=\"criterion-text\">{Encode(c.Rule.Criterion)}</span> — {Encode(c.Result.Reason)} <small>({Encode(citation)} · <code>{RuleIdHtml(c.Rule.Id)}</code>)</small></li>");
                }
            }

            // Criteria that apply in view; those that do not apply folded, as on the pre-screen page.
            Criteria(item.Evaluation.Criteria.Where(c => c.Result.Status != CriterionStatus.NotApplicable));
            html.Append("</ul>");
            var idle = item.Evaluation.Criteria.Where(c => c.Result.Status == CriterionStatus.NotApplicable).ToList();
            if (idle.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<details><summary>{idle.Count} {(idle.Count == 1 ? "criterion does" : "criteria do")} not apply</summary><ul>");
                Criteria(idle);
                html.Append("</ul></details>");
            }

            if (letter.ClinicalSummary is { } summary)
            {
                // The supporting sentences in view; the whole summary folded, so that the list stays short to scroll.
                var segments = EvidenceHighlights.Segments(summary, item.Evaluation.Criteria);
                var evidence = segments.Where(x => x.IsHighlight).ToList();
                if (evidence.Count > 0)
                {
                    html.Append("<ul class=\"evidence\">");
                    foreach (var segment in evidence)
                    {
                        html.Append("<li>").Append(EvidenceHighlights.Html([segment with { Text = segment.Text.Trim() }])).Append("</li>");
                    }

                    html.Append("</ul>");
                }

                html.Append("<details><summary>Clinical summary</summary><div class=\"summary\">").Append(EvidenceHighlights.Html(segments)).Append("</div></details>");
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

    private void AppendFilters(StringBuilder html)
    {
        html.Append("<form id=\"filters\"><div><label for=\"filter-topic\">Topic</label> <select id=\"filter-topic\"><option value=\"\">All topics</option>");
        foreach (var topic in discordant.Select(d => d.Item.Evaluation.Topic ?? string.Empty).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var count = discordant.Count(d => (d.Item.Evaluation.Topic ?? string.Empty) == topic);
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{Encode(topic)}\">{Encode(topic)} ({count})</option>");
        }

        html.Append("</select></div><div><label for=\"filter-outcome\">Predicted / recorded</label> <select id=\"filter-outcome\"><option value=\"\">All</option>");
        foreach (var (predicted, recorded) in discordant.Select(d => (d.Item.Evaluation.Predicted.ToString(), d.Item.Recorded?.ToString() ?? string.Empty)).Distinct().Order())
        {
            var count = discordant.Count(d => d.Item.Evaluation.Predicted.ToString() == predicted && (d.Item.Recorded?.ToString() ?? string.Empty) == recorded);
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{predicted}/{recorded}\">predicted {predicted}, recorded {recorded} ({count})</option>");
        }

        html.Append("</select></div></form>");
    }

    // Filters the discordant list by topic and by predicted/recorded; without script every item shows.
    private const string FilterScript = """
        (() => {
          const topic = document.getElementById("filter-topic"), outcome = document.getElementById("filter-outcome");
          if (!topic || !outcome) return;
          const items = Array.from(document.querySelectorAll("#discordant .item"));
          function apply() {
            let shown = 0;
            for (const item of items) {
              const visible = (!topic.value || item.dataset.topic === topic.value)
                && (!outcome.value || item.dataset.predicted + "/" + item.dataset.recorded === outcome.value);
              item.hidden = !visible;
              if (visible) shown++;
            }
            document.getElementById("shown").textContent = shown + " of " + items.length + " discordant items shown";
          }
          topic.addEventListener("change", apply);
          outcome.addEventListener("change", apply);
          apply();
        })();
        """;

    // A rule id that may wrap after a dot on a narrow screen, never inside a word.
    private static string RuleIdHtml(string id) => string.Join(".<wbr>", id.Split('.').Select(Encode));

    private static string StatusWord(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => "Met",
        CriterionStatus.NotMet => "Not met",
        CriterionStatus.NotDocumented => "Not documented",
        _ => "Does not apply",
    };

    private static void Pair(StringBuilder html, string name, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Encode(name)}</th><td>{Encode(value)}</td></tr>");

    private static void Row(StringBuilder html, string name, string value, string baseline, string meaning) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(name)}</td><td>{Encode(value)}</td><td>{Encode(baseline)}</td><td class=\"explain\">{Encode(meaning)}</td></tr>");
}
