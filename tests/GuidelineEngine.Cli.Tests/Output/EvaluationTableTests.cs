using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Cli.Commands;
using GuidelineEngine.Cli.Output;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Reporting;
using GuidelineEngine.Testing;
using Spectre.Console;

namespace GuidelineEngine.Cli.Tests.Output;

public class EvaluationTableTests
{
    private static (IReadOnlyList<LetterEvaluation> Letters, BatchSummary Summary) Seeds()
    {
        var letters = Engine.Get<LetterEvaluator>().EvaluateAll([TestPaths.Seeds], EvaluationMode.Prescreen, 1).ToList();
        var summary = new BatchSummaryBuilder();
        letters.ForEach(summary.Add);
        return (letters, summary.Build());
    }

    private static string Print(int width, bool colour)
    {
        var (letters, summary) = Seeds();
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        EvaluationTable.Write(console, EvaluationMode.Prescreen, letters, summary);
        return output.ToString();
    }

    [Test]
    public void A_terminal_wide_enough_gets_one_table_row_per_item_with_every_rule_id_on_one_line()
    {
        var (letters, _) = Seeds();
        var width = EvaluationTable.TableWidth(letters.SelectMany(l => l.Items.Select(i => (l, i))));

        var output = Print(width, colour: false);

        Assert.That(output, Does.Contain("╭").And.Contain("Deciding criteria"));
        Assert.That(output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > width), Is.Empty);
        Assert.That(output, Does.Contain("MTUS.CPMTG.TopicalLidocaine.FirstLineTrial"));
    }

    [Test]
    public void A_narrower_console_gets_one_block_per_item_instead_of_a_table()
    {
        var output = Print(80, colour: false);

        Assert.That(output, Does.Not.Contain("╭"));
        Assert.That(output, Does.Contain("    MTUS.CPMTG.TopicalLidocaine.FirstLineTrial (not documented)"));
        Assert.That(output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 80), Is.Empty);
    }

    [Test]
    public void On_a_colour_terminal_recorded_and_predicted_outcomes_are_coloured()
    {
        var output = Print(200, colour: true);

        Assert.That(output, Does.Contain("\u001b[31mUpheld").Or.Contain("\u001b[91mUpheld"), "Upheld in red");
        Assert.That(output, Does.Contain("\u001b[32mOverturned").Or.Contain("\u001b[92mOverturned"), "Overturned in green");
    }

    [Test]
    public void Redirected_output_has_no_colour_codes() =>
        Assert.That(Print(120, colour: false), Does.Not.Contain("\u001b["));

    [TestCase(true, null, ExpectedResult = true)]
    [TestCase(true, "", ExpectedResult = true)]
    [TestCase(true, "1", ExpectedResult = false)]
    [TestCase(false, null, ExpectedResult = false)]
    public bool Colour_is_used_only_on_a_terminal_without_NO_COLOR(bool terminal, string? noColor) => CliConsole.Colour(terminal, noColor);

    [Test]
    public void A_console_created_for_a_file_or_pipe_is_unwrapped_laid_out_for_120_columns_and_colourless()
    {
        var console = CliConsole.CreateAnsi(new StringWriter(), terminal: false);

        Assert.That((console.Profile.Width, CliConsole.LayoutWidth(console)), Is.EqualTo((CliConsole.UnwrappedWidth, 120)));
        Assert.That(console.Profile.Capabilities.ColorSystem, Is.EqualTo(ColorSystem.NoColors));
    }

    [Test]
    public void A_warning_line_follows_agreement_when_it_is_below_the_always_upheld_baseline()
    {
        var (_, summary) = Seeds();

        var lines = EvaluationTable.FigureLines(summary);

        var warned = lines.Any(l => l.StartsWith("warning: agreement", StringComparison.Ordinal));
        Assert.That(warned, Is.EqualTo(summary.Agreement < summary.BaselineAgreement));
        var agreement = lines.ToList().FindIndex(l => l.StartsWith("agreement:", StringComparison.Ordinal));
        Assert.That(lines[agreement], Does.Contain("always-Upheld baseline"));
        Assert.That(lines[agreement + 1], Is.EqualTo(EvaluationTable.MeaningIndent + FigureNotes.Agreement), "what it means, under it");
    }

    [Test]
    public void The_progress_column_says_letters_done_of_all_elapsed_and_remaining_time() =>
        Assert.That(ProgressCountsColumn.Describe(12, 117, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(26)), Is.EqualTo("12/117 letters · 0:03 elapsed · about 0:26 left"));

    [Test]
    public void Before_any_letter_is_done_the_progress_column_does_not_guess_the_time_left() =>
        Assert.That(ProgressCountsColumn.Describe(0, 117, TimeSpan.Zero, null), Is.EqualTo("0/117 letters · 0:00 elapsed · time left not known yet"));
}
