using System.Globalization;
using GuidelineEngine.Application;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Model;
using GuidelineEngine.Reporting;
using GuidelineEngine.RuleModel;
using Spectre.Console;

using GuidelineEngine.Cli.Commands;

namespace GuidelineEngine.Cli.Output;

/// <summary>
/// Prints an evaluation for people: one row per item (a table when the console is wide enough to
/// keep every rule id whole, else one block per item), optionally each item's criteria checklist,
/// then the agreement figures with what they mean.
/// </summary>
internal static class EvaluationTable
{
    /// <summary>How a line saying what a figure means is set under the figure.</summary>
    public const string MeaningIndent = "    ";

    // Borders and padding of the seven-column table: 3 characters per column and one more.
    private const int TableChrome = (7 * 3) + 1;

    // The audit table's consistency column: its borders and padding, and its longest class name.
    private const int ConsistencyColumn = 3 + 27;

    // The item column wraps at words; the criteria column is at least this wide for a not-covered reason to wrap in.
    private const int MinimumItemWidth = 16;
    private const int MinimumCriteriaWidth = 30;

    public static void Write(IAnsiConsole console, EvaluationMode mode, IReadOnlyList<LetterEvaluation> letters, BatchSummary summary, bool details = false)
    {
        console.MarkupLine(Markup.Escape($"Predictions ({EvaluationModes.Name(mode)} mode). {PhysicianDisclaimer.Text}"));
        var items = letters.SelectMany(l => l.Items.Select(i => (Letter: l, Item: i))).ToList();
        var audit = mode == EvaluationMode.Audit;
        if (TableWidth(items) + (audit ? ConsistencyColumn : 0) <= CliConsole.LayoutWidth(console))
        {
            WriteTable(console, items, audit);
        }
        else
        {
            WriteBlocks(console, items, audit);
        }

        if (details)
        {
            WriteChecklists(console, items);
        }

        WriteFigures(console, summary);
    }

    /// <summary>The figures only, with what they mean: for <c>--summary</c>.</summary>
    public static void WriteFigures(IAnsiConsole console, BatchSummary summary)
    {
        console.WriteLine();
        foreach (var line in FigureLines(summary))
        {
            if (line.StartsWith(MeaningIndent, StringComparison.Ordinal))
            {
                // What the figure means, indented under it even where it wraps.
                foreach (var part in Wrap(line.Trim(), Math.Max(20, console.Profile.Width - MeaningIndent.Length)).Split(Environment.NewLine))
                {
                    console.MarkupLine($"{MeaningIndent}[dim]{Markup.Escape(part)}[/]");
                }
            }
            else
            {
                console.MarkupLine(line.StartsWith("warning:", StringComparison.Ordinal) ? $"[bold red]{Markup.Escape(line)}[/]" : Markup.Escape(line));
            }
        }
    }

    /// <summary>The width the table needs so that no letter name, topic or rule id is broken: each column as wide as its longest, the item column at least 16.</summary>
    public static int TableWidth(IEnumerable<(LetterEvaluation Letter, EvaluatedItem Item)> items) =>
        TableChrome + ColumnWidths(items.ToList()).Sum() + MinimumItemWidth;

    // Letter, topic, recorded, predicted, agrees and criteria columns: fixed to their longest content, so that nothing in them wraps mid-word.
    private static int[] ColumnWidths(List<(LetterEvaluation Letter, EvaluatedItem Item)> items) =>
    [
        items.Select(i => LetterName(i.Letter).Length).Append("Letter".Length).Max(),
        items.Select(i => TopicWords.Of(i.Item.Evaluation.Topic).Length).Append("Topic".Length).Max(),
        "Overturned".Length,
        "Overturned".Length,
        "Agrees".Length,
        items.SelectMany(i => DecidingText(i.Item, "\n").Split('\n')).Where(l => !l.StartsWith("not covered", StringComparison.Ordinal))
            .Select(l => l.Length).Append(MinimumCriteriaWidth).Max(),
    ];

    private static void WriteTable(IAnsiConsole console, List<(LetterEvaluation Letter, EvaluatedItem Item)> items, bool audit)
    {
        var widths = ColumnWidths(items);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Letter") { Width = widths[0] }.NoWrap())
            .AddColumn("Item")
            .AddColumn(new TableColumn("Topic") { Width = widths[1] }.NoWrap())
            .AddColumn(new TableColumn("Recorded") { Width = widths[2] }.NoWrap())
            .AddColumn(new TableColumn("Predicted") { Width = widths[3] }.NoWrap())
            .AddColumn(new TableColumn("Agrees") { Width = widths[4] }.NoWrap())
            .AddColumn(new TableColumn("Deciding criteria (or why not covered)") { Width = widths[5] }.NoWrap());
        if (audit)
        {
            table.AddColumn(new TableColumn("Consistency").NoWrap());
        }

        foreach (var (letter, item) in items)
        {
            var cells = new List<string>
            {
                Markup.Escape(LetterName(letter)),
                Markup.Escape(item.Item),
                Markup.Escape(TopicWords.Of(item.Evaluation.Topic)),
                Outcome(item.Recorded?.ToString()),
                Outcome(item.Evaluation.Predicted.ToString()),
                Agrees(item.Agrees),
                Markup.Escape(Wrap(DecidingText(item, "\n"), widths[5])),
            };
            if (audit)
            {
                cells.Add(Markup.Escape(item.Consistency?.Class.ToString() ?? "-"));
            }

            table.AddRow([.. cells]);
        }

        console.Write(table);
    }

    // The narrow layout: one block per item, each rule id on a line of its own, so nothing is cut mid-word.
    private static void WriteBlocks(IAnsiConsole console, List<(LetterEvaluation Letter, EvaluatedItem Item)> items, bool audit)
    {
        foreach (var (letter, item) in items)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(LetterName(letter))}[/] · {Markup.Escape(item.Item)}");
            console.MarkupLine($"  topic {Markup.Escape(TopicWords.Of(item.Evaluation.Topic))} · recorded {Outcome(item.Recorded?.ToString())} · predicted {Outcome(item.Evaluation.Predicted.ToString())} · agrees {Agrees(item.Agrees)}"
                + (audit ? $" · consistency {Markup.Escape(item.Consistency?.Class.ToString() ?? "-")}" : string.Empty));
            foreach (var line in DecidingText(item, "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                console.MarkupLine("    " + Markup.Escape(line));
            }
        }

        console.WriteLine();
    }

    // --details: every criterion of every covered item, Overturned ones included.
    private static void WriteChecklists(IAnsiConsole console, List<(LetterEvaluation Letter, EvaluatedItem Item)> items)
    {
        foreach (var (letter, item) in items)
        {
            WriteChecklist(console, LetterName(letter), item, withRecorded: true);
        }
    }

    /// <summary>
    /// One item's criteria checklist under a rule naming <paramref name="source"/> and the item: the
    /// prediction (and the recorded outcome when <paramref name="withRecorded"/>), then each
    /// criterion as the catalogue states it, its status, the reason, the citation and rule id and
    /// the sentences that decided it.
    /// </summary>
    public static void WriteChecklist(IAnsiConsole console, string source, EvaluatedItem item, bool withRecorded)
    {
        var evaluation = item.Evaluation;
        console.WriteLine();
        var heading = $"[bold]{Markup.Escape(source)} · {Markup.Escape(item.Item)}[/]";
        if (console.Profile.Width >= CliConsole.UnwrappedWidth)
        {
            console.MarkupLine($"── {heading} ──"); // a rule across an unwrapped line would be thousands of characters
        }
        else
        {
            console.Write(new Rule(heading).LeftJustified());
        }

        console.MarkupLine($"predicted {Outcome(evaluation.Predicted.ToString())}{(withRecorded ? $", recorded {Outcome(item.Recorded?.ToString())}" : string.Empty)}; "
            + Markup.Escape(evaluation.Topic is null ? $"not covered: {evaluation.NotCoveredReason}" : $"topic {TopicWords.Of(evaluation.Topic)}, {evaluation.EditionName} edition ({evaluation.EditionReason})"));
        if (evaluation.Criteria.Count == 0)
        {
            return;
        }

        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        foreach (var criterion in evaluation.Criteria)
        {
            // A quote is one line: the letter's own line breaks inside a sentence are layout, not meaning.
            var sentences = criterion.Result.Evidence.Select(e => OneLine(e.Sentence)).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            grid.AddRow(
                new Markup(Status(criterion.Result.Status)),
                new Rows(
                    new Markup($"[bold]{Markup.Escape(CriterionName.Of(criterion.Rule.Id))}[/]: {Markup.Escape(criterion.Rule.Criterion)}"),
                    new Markup(Markup.Escape($"why: {criterion.Result.Reason}")),
                    new Markup($"[dim]{Markup.Escape($"{criterion.Citation} · {criterion.Rule.Id}")}[/]"),
                    new Markup(Markup.Escape("decided by: " + DecidedBy(criterion.Result, sentences)))));
        }

        console.Write(grid);
    }

    // What decided a criterion: the note's sentences, else the request or the dates it was read from, else that nothing in the note speaks to it.
    internal static string DecidedBy(RuleModel.CriterionResult result, IReadOnlyList<string> sentences)
    {
        if (sentences.Count > 0)
        {
            return $"\"{string.Join("\" \"", sentences)}\"";
        }

        if (result.Evidence.Count > 0)
        {
            // Facts without a sentence are worked out from the request or the letter's dates, e.g. the weeks since the injury.
            return "facts worked out from the request and the letter's dates: "
                + string.Join(", ", result.Evidence.Select(e => e.Value is null ? e.Kind.ToString() : $"{e.Kind} {e.Value}").Distinct(StringComparer.Ordinal));
        }

        return result.Status is RuleModel.CriterionStatus.NotMet or RuleModel.CriterionStatus.NotDocumented
            ? "no sentence of the note speaks to it"
            : "what the request itself states (no sentence of the note is needed)";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The summary figures as lines; a line that says what the figure above it means starts with <see cref="MeaningIndent"/>.</summary>
    public static IReadOnlyList<string> FigureLines(BatchSummary s)
    {
        var lines = new List<string>
        {
            Line($"letters: {s.Letters} ({s.FailedLetters} failed), items: {s.Items}"),
            Line($"coverage: {s.Covered} of {s.Items} items covered ({Percent(s.Coverage)})"),
            MeaningIndent + FigureNotes.Coverage(s),
            Line($"agreement: {Percent(s.Agreement)} (always-Upheld baseline {Percent(s.BaselineAgreement)})"),
            MeaningIndent + FigureNotes.Agreement,
        };
        if (FigureNotes.BelowBaseline(s) is { } warning)
        {
            lines.Add("warning: " + warning["Warning: ".Length..]);
        }

        lines.Add(Line($"Cohen's kappa: {Number(s.Kappa)}"));
        lines.Add(MeaningIndent + FigureNotes.Kappa);
        lines.Add(Line($"prevalence-adjusted kappa: {Number(s.PrevalenceAdjustedKappa)}"));
        lines.Add(MeaningIndent + FigureNotes.PrevalenceAdjustedKappa);
        lines.Add(Line($"overturn recall: {Percent(s.OverturnRecall)}"));
        lines.Add(MeaningIndent + FigureNotes.OverturnRecall);
        lines.AddRange(s.ByTopic.Select(t => Line($"topic {TopicWords.Of(t.Key)}: {TopicWords.Count(t.Value.Items, "item")}, agreement {Percent(t.Value.Agreement)}, kappa {Number(t.Value.Confusion.Kappa)}, overturn recall {Percent(t.Value.Confusion.OverturnRecall)}")));
        lines.AddRange(s.BySource.Select(b => Line($"{b.Key}-based predictions: {TopicWords.Count(b.Value.Items, "item")}, agreement {Percent(b.Value.Agreement)}, kappa {Number(b.Value.Confusion.Kappa)}")));
        lines.AddRange(s.NotCovered.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => Line($"not covered: {r.Value} item(s): {r.Key}")));
        if (s.Consistency is { } classes)
        {
            lines.Add("consistency: " + string.Join(", ", classes.Select(c => Line($"{c.Key} {c.Value}"))));
        }

        return lines;
    }

    private static IEnumerable<CriterionEvaluation> Deciding(EvaluatedItem item) => item.Evaluation.DecidingCriteria;

    private static string DecidingText(EvaluatedItem item, string separator) =>
        item.Evaluation.NotCoveredReason is { } reason
            ? $"not covered: {reason}"
            : string.Join(separator, Deciding(item).Select(c => $"{c.Rule.Id} ({StatusWord(c.Result.Status)})"));

    // Lines of at most width characters, broken between words: the criteria column does not wrap, so that a rule id never breaks.
    private static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = line.Length == 0 ? word : line + " " + word;
                }
            }

            lines.Add(line);
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string LetterName(LetterEvaluation letter) => letter.CaseNumber ?? Path.GetFileName(letter.File);

    /// <summary>An outcome coloured: Upheld red, Overturned green, NotCovered dim; "-" when none.</summary>
    public static string Outcome(string? outcome) => outcome switch
    {
        null => "-",
        nameof(Model.Outcome.Upheld) => "[red]Upheld[/]",
        nameof(Model.Outcome.Overturned) => "[green]Overturned[/]",
        _ => $"[dim]{Markup.Escape(outcome)}[/]",
    };

    private static string Agrees(bool? agrees) => agrees switch { true => "yes", false => "[red]no[/]", null => "-" };

    private static string Status(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => "[green]met[/]",
        CriterionStatus.NotMet => "[red]not met[/]",
        CriterionStatus.NotDocumented => "[yellow]not documented[/]",
        _ => "[dim]does not apply[/]",
    };

    private static string StatusWord(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => "met",
        CriterionStatus.NotMet => "not met",
        CriterionStatus.NotDocumented => "not documented",
        _ => "does not apply",
    };

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double? value) => value is double v ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a";

    private static string Number(double? value) => value is double v ? v.ToString("F3", CultureInfo.InvariantCulture) : "n/a (undefined)";
}
