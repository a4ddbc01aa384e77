using GuidelineEngine.Reading;
using Spectre.Console;

namespace GuidelineEngine.Cli.Output;

/// <summary>Prints read letters as a table: one row per disputed item, failed files listed after.</summary>
internal static class LetterTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<LetterReadResult> results)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Letter").AddColumn("#").AddColumn("Disputed item").AddColumn("Outcome").AddColumn("MAXIMUS citation");
        foreach (var letter in results.Select(r => r.Letter).OfType<Model.Letter>())
        {
            var name = letter.Header.CaseNumber ?? Path.GetFileName(letter.File);
            foreach (var item in letter.Items)
            {
                var citation = item.MaximusGuideline?.Citations.FirstOrDefault();
                table.AddRow(
                    Markup.Escape(name),
                    item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(item.Request),
                    item.Outcome.ToString(),
                    Markup.Escape(citation is null ? "-" : Describe(citation)));
            }
        }

        console.Write(table);
        var read = results.Count(r => r.Succeeded);
        // The errors themselves are on stderr, once: repeated here they showed twice on a terminal.
        console.MarkupLine($"{read} of {TopicWords.Count(results.Count, "letter")} read, {TopicWords.Count(results.Sum(r => r.Letter?.Items.Count ?? 0), "item")}.");
    }

    private static string Describe(Model.GuidelineCitation citation)
    {
        var text = (citation.IsMtus ? "MTUS " : "non-MTUS ") + citation.Guideline;
        if (citation.Edition is int edition)
        {
            text += $" {edition}";
        }

        if (citation.Pages.Count > 0)
        {
            text += $", pp. {string.Join(", ", citation.Pages)}";
        }

        return text;
    }
}
