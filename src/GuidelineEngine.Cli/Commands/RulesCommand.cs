using System.CommandLine;
using GuidelineEngine.Application.Contract;
using GuidelineEngine.Cli.Output;
using GuidelineEngine.Evaluation;
using Spectre.Console;

namespace GuidelineEngine.Cli.Commands;

/// <summary><c>guideline rules list|validate</c>: the rule catalogue reviewers read, and its check.</summary>
internal sealed class RulesCommand(IServiceProvider services) : ICliCommand
{
    public Command Build(CliConsole console)
    {
        var format = ChoiceOption.Create("--format", "Output format: table, md or json.", CatalogFormat.Table);
        var list = new Command("list", HelpText.WithExamples(
            "Print the rule catalogue: id, topic, criterion and citation.",
            "guideline rules list",
            "guideline rules list --format md > criteria.md")) { format };
        list.SetAction(result => List(console, (result.GetValue(format) ?? CatalogFormat.Table)));
        var validate = new Command("validate", HelpText.WithExamples(
            "Check the rule set: unique ids, citations, a policy for every topic.",
            "guideline rules validate"));
        validate.SetAction(_ => Validate(console, services));
        return new Command("rules", HelpText.WithExamples("The MTUS rules encoded as code.", "guideline rules list", "guideline rules validate")) { list, validate };
    }

    private int List(CliConsole console, CatalogFormat format)
    {
        var rows = CatalogEntry.From((RuleCatalog)services.GetService(typeof(RuleCatalog))!);
        switch (format)
        {
            case CatalogFormat.Json:
                // The same object as GET /api/rules, disclaimer first: one catalogue contract for programs.
                JsonOutput.Write(console.Out, new { disclaimer = PhysicianDisclaimer.Text, rules = rows });
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
