using System.Globalization;
using System.Text;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Evaluation.Consistency;
using static GuidelineEngine.Reporting.Sections.HtmlText;

namespace GuidelineEngine.Reporting.Sections;

/// <summary>
/// The audit's consistency classes: the count of each, and every item in an inconsistency class
/// with its findings and the sentences they quote. Nothing in pre-screen mode.
/// </summary>
public sealed class ConsistencySection
{
    private readonly List<(LetterEvaluation Letter, EvaluatedItem Item)> inconsistent = [];

    /// <summary>Keeps the letter's items classed as an inconsistency.</summary>
    public void Add(LetterEvaluation letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        inconsistent.AddRange(letter.Items
            .Where(i => i.Consistency?.Class is ConsistencyClass.OutcomeAgainstFindings or ConsistencyClass.FindingContradictedByRecord or ConsistencyClass.GuidelineMismatch)
            .Select(i => (letter, i)));
    }

    /// <summary>Appends the section when the summary has consistency figures.</summary>
    public void Append(StringBuilder html, BatchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Consistency is not { } classes)
        {
            return;
        }

        html.Append("<h2>Consistency of the recorded decisions</h2><p>Each audited item is classed by how its recorded outcome stands to the reviewer's stated findings, the clinical record and the guideline cited; these are flags for QA review, not findings of fact.</p>");
        html.Append("<table id=\"consistency\"><tr><th>Class</th><th>Items</th></tr>");
        foreach (var (name, count) in classes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(name)}</td><td>{count}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</table><h3>Items classed as inconsistent ({inconsistent.Count})</h3><div id=\"inconsistent\">");
        foreach (var (letter, item) in inconsistent)
        {
            // One line per item, its findings and quotes folded under it: the list stays short to scroll.
            html.Append("<details class=\"item\">")
                .Append(CultureInfo.InvariantCulture, $"<summary><b>{Encode(item.Item)}</b> · {Encode(letter.CaseNumber ?? Path.GetFileName(letter.File))} · topic {Encode(item.Evaluation.Topic ?? "-")} · recorded <b>{item.Recorded}</b> · <b>{item.Consistency!.Class}</b></summary><ul>");
            foreach (var finding in item.Consistency.Findings)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(finding.Class.ToString())}: {Encode(finding.Message)}");
                if (finding.RationaleSentence is { } rationale)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<br>Rationale: <q>{Encode(rationale)}</q>");
                }

                if (finding.RecordSentence is { } record)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<br>Clinical summary: <q>{Encode(record)}</q>");
                }

                html.Append("</li>");
            }

            html.Append("</ul></details>");
        }

        html.Append("</div>");
    }
}
