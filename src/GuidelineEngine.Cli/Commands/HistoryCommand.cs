using System.CommandLine;
using System.Globalization;
using GuidelineEngine.Application.Contract;
using GuidelineEngine.History;
using GuidelineEngine.History.Storage;
using Newtonsoft.Json;
using Spectre.Console;

namespace GuidelineEngine.Cli.Commands;

/// <summary>
/// <c>guideline history list|show RUN|diff RUN_A RUN_B [--format table|json]</c>: the runs
/// <c>evaluate --record</c> stored, one run's items, and what changed between two runs and which rules caused it.
/// </summary>
internal sealed class HistoryCommand(RunHistory history) : ICliCommand
{
    internal enum HistoryFormat
    {
        Table,
        Json,
    }

    public Command Build(CliConsole console)
    {
        var command = new Command("history", $"The recorded runs ('evaluate --record'): list them, show one, compare two.");

        var listFormat = FormatOption();
        var list = new Command("list", "Every recorded run, oldest first: when, mode, rule set, figures.") { listFormat };
        list.SetAction(result => Guarded(console, () => List(console, result.GetValue(listFormat) ?? HistoryFormat.Table)));

        var showRun = new Argument<long>("RUN") { Description = "The run's id, as 'history list' shows it." };
        var showFormat = FormatOption();
        var show = new Command("show", "One run: its inputs and every item's prediction, class and criteria.") { showRun, showFormat };
        show.SetAction(result => Guarded(console, () => Show(console, result.GetValue(showRun), result.GetValue(showFormat) ?? HistoryFormat.Table)));

        var before = new Argument<long>("RUN_A") { Description = "The earlier run." };
        var after = new Argument<long>("RUN_B") { Description = "The later run." };
        var diffFormat = FormatOption();
        var diff = new Command("diff", "Items whose prediction, consistency class or criteria changed between two runs, and the rules whose status changed.") { before, after, diffFormat };
        diff.SetAction(result => Guarded(console, () => Diff(console, result.GetValue(before), result.GetValue(after), result.GetValue(diffFormat) ?? HistoryFormat.Table)));

        command.Subcommands.Add(list);
        command.Subcommands.Add(show);
        command.Subcommands.Add(diff);
        return command;
    }

    private static Option<HistoryFormat?> FormatOption() => ChoiceOption.Create("--format", "Output format: table or json.", HistoryFormat.Table);

    private int Guarded(CliConsole console, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (RunNotFoundException e)
        {
            console.Error.WriteLine($"usage error: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (HistoryFailure.Is(e))
        {
            console.Error.WriteLine($"error: the history in {history.Where} cannot be read: {e.GetBaseException().Message}");
            return ExitCodes.HistoryFailed;
        }
    }

    private int List(CliConsole console, HistoryFormat format)
    {
        var runs = history.Exists ? history.List() : [];
        if (format == HistoryFormat.Json)
        {
            WriteJson(console, runs.Select(Run));
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"Recorded runs ({Markup.Escape(history.Where)})")
            .AddColumn("Run").AddColumn("Recorded (UTC)").AddColumn("Mode").AddColumn("Rule set").AddColumn("Letters").AddColumn("Items").AddColumn("Covered").AddColumn("Agreement").AddColumn("Kappa");
        foreach (var run in runs)
        {
            table.AddRow(
                run.Id.ToString(CultureInfo.InvariantCulture),
                run.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                run.Mode,
                Markup.Escape($"{run.RuleSetVersion} {Short(run.RuleSetHash)}"),
                run.Letters.ToString(CultureInfo.InvariantCulture),
                run.Items.ToString(CultureInfo.InvariantCulture),
                run.Covered.ToString(CultureInfo.InvariantCulture),
                Percent(run.Agreement),
                Number(run.Kappa));
        }

        console.Ansi.Write(table);
        return ExitCodes.Success;
    }

    private int Show(CliConsole console, long id, HistoryFormat format)
    {
        var run = history.Show(id);
        if (format == HistoryFormat.Json)
        {
            WriteJson(console, new
            {
                run = Run(run),
                inputs = run.Inputs.Select(i => new { path = i.Path, sha256 = i.Sha256 }),
                items = run.RunItems.OrderBy(i => i.Letter, StringComparer.Ordinal).ThenBy(i => i.Number).Select(i => new
                {
                    letter = i.Letter,
                    number = i.Number,
                    item = i.Item,
                    topic = i.Topic,
                    actual = i.Recorded,
                    predicted = i.Predicted,
                    consistency = i.ConsistencyClass,
                    criteria = i.Criteria.Select(c => new { rule = c.Rule, status = c.Status }),
                }),
            });
            return ExitCodes.Success;
        }

        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run.Id}: recorded {run.RecordedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, {run.Mode} mode, rules {run.RuleSetVersion} {Short(run.RuleSetHash)}, {run.Inputs.Count} input file(s), agreement {Percent(run.Agreement)}, kappa {Number(run.Kappa)}"));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Letter").AddColumn("#").AddColumn("Item").AddColumn("Topic").AddColumn("Recorded").AddColumn("Predicted").AddColumn("Consistency").AddColumn("Criteria not met or not documented");
        foreach (var item in run.RunItems.OrderBy(i => i.Letter, StringComparer.Ordinal).ThenBy(i => i.Number))
        {
            table.AddRow(
                Markup.Escape(item.Letter),
                item.Number.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(item.Item),
                Markup.Escape(item.Topic ?? "-"),
                item.Recorded ?? "-",
                item.Predicted,
                item.ConsistencyClass ?? "-",
                Markup.Escape(string.Join(", ", item.Criteria.Where(c => c.Status is "NotMet" or "NotDocumented").Select(c => $"{c.Rule} ({c.Status})"))));
        }

        console.Ansi.Write(table);
        return ExitCodes.Success;
    }

    private int Diff(CliConsole console, long before, long after, HistoryFormat format)
    {
        var diff = history.Diff(before, after);
        if (format == HistoryFormat.Json)
        {
            WriteJson(console, new
            {
                before = Run(diff.Before),
                after = Run(diff.After),
                changes = diff.Changes.Select(c => new
                {
                    letter = c.Letter,
                    number = c.Number,
                    item = c.Item,
                    predictedBefore = c.PredictedBefore,
                    predictedAfter = c.PredictedAfter,
                    consistencyBefore = c.ClassBefore,
                    consistencyAfter = c.ClassAfter,
                    rules = c.Rules.Select(r => new { rule = r.Rule, before = r.Before, after = r.After }),
                }),
            });
            return ExitCodes.Success;
        }

        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {diff.Before.Id} ({Short(diff.Before.RuleSetHash)}, agreement {Percent(diff.Before.Agreement)}, kappa {Number(diff.Before.Kappa)}) → run {diff.After.Id} ({Short(diff.After.RuleSetHash)}, agreement {Percent(diff.After.Agreement)}, kappa {Number(diff.After.Kappa)}): {diff.Changes.Count} item(s) changed"));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Letter").AddColumn("#").AddColumn("Item").AddColumn("Predicted").AddColumn("Consistency").AddColumn("Rules whose status changed");
        foreach (var change in diff.Changes)
        {
            table.AddRow(
                Markup.Escape(change.Letter),
                change.Number.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(change.Item),
                Markup.Escape(Transition(change.PredictedBefore, change.PredictedAfter)),
                Markup.Escape(Transition(change.ClassBefore, change.ClassAfter)),
                Markup.Escape(string.Join(", ", change.Rules.Select(r => $"{r.Rule}: {r.Before ?? "-"} → {r.After ?? "-"}"))));
        }

        console.Ansi.Write(table);
        return ExitCodes.Success;
    }

    private static object Run(RunEntity run) => new
    {
        id = run.Id,
        recordedAt = run.RecordedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        mode = run.Mode,
        ruleSetVersion = run.RuleSetVersion,
        ruleSetHash = run.RuleSetHash,
        letters = run.Letters,
        failedLetters = run.FailedLetters,
        items = run.Items,
        covered = run.Covered,
        agreement = run.Agreement,
        kappa = run.Kappa,
    };

    private static void WriteJson(CliConsole console, object value) =>
        console.Out.WriteLine(JsonConvert.SerializeObject(value, Formatting.Indented, EvaluationJson.Settings));

    private static string Transition(string? before, string? after) => before == after ? before ?? "-" : $"{before ?? "-"} → {after ?? "-"}";

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;

    private static string Percent(double? value) => value is double v ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a";

    private static string Number(double? value) => value is double v ? v.ToString("F3", CultureInfo.InvariantCulture) : "n/a";
}
