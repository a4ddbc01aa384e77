using System.Globalization;
using GuidelineEngine.Application;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Reporting;
using Spectre.Console;

namespace GuidelineEngine.Cli.Output;

/// <summary>Prints an evaluation for people: one row per item, then the agreement figures.</summary>
internal static class EvaluationTable
{
    public static void Write(IAnsiConsole console, EvaluationMode mode, IReadOnlyList<LetterEvaluation> letters, BatchSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Predictions ({EvaluationModes.Name(mode)} mode) — flags for a physician reviewer, not decisions")
            .AddColumn("Letter").AddColumn("Item").AddColumn("Topic").AddColumn("Recorded").AddColumn("Predicted").AddColumn("Agrees").AddColumn("Criteria not met or not documented (or why not covered)");
        var audit = mode == EvaluationMode.Audit;
        if (audit)
        {
            table.AddColumn("Consistency");
        }

        foreach (var letter in letters)
        {
            var name = letter.CaseNumber ?? Path.GetFileName(letter.File);
            foreach (var item in letter.Items)
            {
                var failing = item.Evaluation.Criteria.Where(c => c.Result.Status is RuleModel.CriterionStatus.NotMet or RuleModel.CriterionStatus.NotDocumented)
                    .Select(c => $"{c.Rule.Id} ({c.Result.Status})");
                var cells = new List<string>
                {
                    Markup.Escape(name),
                    Markup.Escape(item.Item),
                    Markup.Escape(item.Evaluation.Topic ?? "-"),
                    item.Recorded?.ToString() ?? "-",
                    item.Evaluation.Predicted.ToString(),
                    item.Agrees switch { true => "yes", false => "[red]no[/]", null => "-" },
                    Markup.Escape(item.Evaluation.NotCoveredReason is { } reason ? $"not covered: {reason}" : string.Join(", ", failing)),
                };
                if (audit)
                {
                    cells.Add(Markup.Escape(item.Consistency?.Class.ToString() ?? "-"));
                }

                table.AddRow([.. cells]);
            }
        }

        console.Write(table);
        console.WriteLine(Figures(summary));
        foreach (var letter in letters.Where(l => l.Error is not null))
        {
            console.MarkupLine($"[red]error[/] {Markup.Escape(letter.Error!)}");
        }
    }

    /// <summary>The summary figures as one line each.</summary>
    public static string Figures(BatchSummary s) => string.Join(Environment.NewLine, (IEnumerable<string>)
    [
        string.Create(CultureInfo.InvariantCulture, $"letters: {s.Letters} ({s.FailedLetters} failed), items: {s.Items}, covered: {s.Covered} ({Percent(s.Coverage)})"),
        string.Create(CultureInfo.InvariantCulture, $"agreement: {Percent(s.Agreement)} (always-Upheld baseline {Percent(s.BaselineAgreement)}), Cohen's kappa: {Number(s.Kappa)}, prevalence-adjusted kappa: {Number(s.PrevalenceAdjustedKappa)}, overturn recall: {Percent(s.OverturnRecall)}"),
        .. s.ByTopic.Select(t => string.Create(CultureInfo.InvariantCulture, $"topic {t.Key}: {t.Value.Items} items, agreement {Percent(t.Value.Agreement)}, kappa {Number(t.Value.Confusion.Kappa)}, overturn recall {Percent(t.Value.Confusion.OverturnRecall)}")),
        .. s.BySource.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Key}-based predictions: {b.Value.Items} items, agreement {Percent(b.Value.Agreement)}, kappa {Number(b.Value.Confusion.Kappa)}")),
        .. s.NotCovered.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => string.Create(CultureInfo.InvariantCulture, $"not covered: {r.Value} item(s): {r.Key}")),
        .. s.Consistency is { } classes ? [$"consistency: {string.Join(", ", classes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")))}"] : Array.Empty<string>(),
    ]);

    private static string Percent(double? value) => value is double v ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a";

    private static string Number(double? value) => value is double v ? v.ToString("F3", CultureInfo.InvariantCulture) : "n/a (undefined)";
}
