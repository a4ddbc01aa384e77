using System.CommandLine;
using GuidelineEngine.Application.Contract;
using GuidelineEngine.Cli.Output;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts.Index;
using Spectre.Console;

namespace GuidelineEngine.Cli.Commands;

/// <summary><c>guideline rules list|validate</c>: the rule catalogue reviewers read, and its check.</summary>
internal sealed class RulesCommand(IServiceProvider services) : ICliCommand
{
    public Command Build(CliConsole console)
    {
        var format = ChoiceOption.Create("--format", "Output format: table, md or json.", CatalogFormat.Table);
        var index = new Option<bool>("--index") { Description = "Print the guideline topic index instead: every topic with its status, citation and the rules that decide it, or why none do." };
        var list = new Command("list", HelpText.WithExamples(
            "Print the rule catalogue: id, topic, criterion and citation.",
            "guideline rules list",
            "guideline rules list --format md > criteria.md",
            "guideline rules list --index --format json")) { format, index };
        list.SetAction(result => result.GetValue(index)
            ? ListIndex(console, result.GetValue(format) ?? CatalogFormat.Table)
            : List(console, result.GetValue(format) ?? CatalogFormat.Table));
        var validate = new Command("validate", HelpText.WithExamples(
            "Check the rule set: unique ids, citations, a policy for every topic.",
            "guideline rules validate"));
        validate.SetAction(_ => Validate(console, services));
        return new Command("rules", HelpText.WithExamples("The MTUS rules encoded as code.", "guideline rules list", "guideline rules validate")) { list, validate };
    }

    private int List(CliConsole console, CatalogFormat format)
    {
        var catalog = (RuleCatalog)services.GetService(typeof(RuleCatalog))!;
        var rows = CatalogEntry.From(catalog);
        switch (format)
        {
            case CatalogFormat.Json:
                // The same object as GET /api/rules, disclaimer first: one catalogue contract for programs.
                JsonOutput.Write(console.Out, new { disclaimer = PhysicianDisclaimer.Text, rules = rows, index = IndexEntry.From(GuidelineIndex.Default, catalog) });
                break;
            case CatalogFormat.Md:
                console.Out.WriteLine("| id | topic | source | criterion | citation |");
                console.Out.WriteLine("| --- | --- | --- | --- | --- |");
                foreach (var row in rows)
                {
                    console.Out.WriteLine($"| {row.Id} | {row.Topic} | {row.Source} | {row.Criterion.Replace("|", "\\|", StringComparison.Ordinal)} | {row.Citation} |");
                }

                break;
            default:
                var table = new Table().Border(TableBorder.Rounded).AddColumn("Id").AddColumn("Topic").AddColumn("Source").AddColumn("Criterion").AddColumn("Citation");
                foreach (var row in rows)
                {
                    table.AddRow(Markup.Escape(row.Id), Markup.Escape(row.Topic), row.Source, Markup.Escape(row.Criterion), Markup.Escape(row.Citation));
                }

                console.Ansi.Write(table);
                break;
        }

        return ExitCodes.Success;
    }

    private int ListIndex(CliConsole console, CatalogFormat format)
    {
        var rows = IndexEntry.From(GuidelineIndex.Default, (RuleCatalog)services.GetService(typeof(RuleCatalog))!);
        var decided = rows.Count(r => r.Rules > 0);
        switch (format)
        {
            case CatalogFormat.Json:
                // The same object as the index of GET /api/rules.
                JsonOutput.Write(console.Out, new { disclaimer = PhysicianDisclaimer.Text, index = rows });
                return ExitCodes.Success;
            case CatalogFormat.Md:
                console.Out.WriteLine("| id | topic | status | source | citation | rules | decided by or reason |");
                console.Out.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
                foreach (var row in rows)
                {
                    console.Out.WriteLine($"| {row.Id} | {Md(row.Topic)} | {row.Status} | {row.Source} | {Md(row.Citation)} | {row.Rules} | {Md(row.DecidedBy ?? row.Reason ?? string.Empty)} |");
                }

                break;
            default:
                var table = new Table().Border(TableBorder.Rounded).AddColumn("Id").AddColumn("Topic").AddColumn("Status").AddColumn("Source").AddColumn("Rules").AddColumn("Decided by, or why not");
                foreach (var row in rows)
                {
                    table.AddRow(Markup.Escape(row.Id), Markup.Escape(row.Topic), row.Status, row.Source, row.Rules.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(row.DecidedBy ?? row.Reason ?? string.Empty));
                }

                console.Ansi.Write(table);
                break;
        }

        console.Out.WriteLine($"{rows.Count} index topics: {decided} decided by rules, {rows.Count - decided} with a stated reason");
        return ExitCodes.Success;
    }

    private static string Md(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static int Validate(CliConsole console, IServiceProvider services)
    {
        try
        {
            var catalog = (RuleCatalog)services.GetService(typeof(RuleCatalog))!;
            console.Out.WriteLine($"rule set is valid: {catalog.Rules.Count} rules in {catalog.Topics.Count} topics");
            return ExitCodes.Success;
        }
        catch (RuleSetException e)
        {
            console.Error.WriteLine(e.Message);
            return ExitCodes.SomeInputsFailed;
        }
    }

    /// <summary>Formats of the rule catalogue.</summary>
    internal enum CatalogFormat
    {
        /// <summary>A table.</summary>
        Table,

        /// <summary>A Markdown table.</summary>
        Md,

        /// <summary>JSON.</summary>
        Json,
    }
}
