using GuidelineEngine.Application.Contract;
using GuidelineEngine.Application.UseCases;
using GuidelineEngine.Evaluation;
using GuidelineEngine.Facts;
using GuidelineEngine.Reading;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Application.Tests.Contract;

/// <summary>CSV output bounded by its input and safe to open in a spreadsheet.</summary>
public class EvaluationCsvTests
{
    private static LetterEvaluation Evaluate(string name, string text) =>
        Engine.Get<LetterEvaluator>().Evaluate(new LetterReader().ReadText(name, text), EvaluationMode.Prescreen);

    private static string Csv(LetterEvaluation letter)
    {
        using var writer = new StringWriter();
        using (var csv = new EvaluationCsv(writer))
        {
            csv.Write(letter);
        }

        return writer.ToString();
    }

    // Seed 000 with its second item heading repeated: one warning, three items.
    private static string SeedWithRepeatedItem()
    {
        var text = File.ReadAllText(TestPaths.Seed("000"));
        var second = text.IndexOf("Cyclobenzaprine 5mg #60:", StringComparison.Ordinal);
        return text + "\n" + text[second..];
    }

    [Test]
    public void A_letters_warnings_are_written_once_on_its_first_row_not_on_every_item()
    {
        var letter = Evaluate("warned.txt", SeedWithRepeatedItem());
        Assert.That((letter.Items.Count, letter.Warnings.Count), Is.EqualTo((3, 1)), "the letter built for the test");

        var csv = Csv(letter);

        Assert.That(csv.Split(letter.Warnings[0]).Length - 1, Is.EqualTo(1));
    }

    [TestCase("=HYPERLINK(\"http://example.invalid\",\"x\") #60")]
    [TestCase("+cmd|' /C calc'!A0 #60")]
    [TestCase("@SUM(1+1) #60")]
    [TestCase("-2+3+cmd #60")]
    public void An_item_cell_that_a_spreadsheet_would_run_as_a_formula_is_escaped(string item)
    {
        var text = File.ReadAllText(TestPaths.Seed("000")).Replace("Norco 10/325mg #60:", item + ":", StringComparison.Ordinal);

        var csv = Csv(Evaluate("formula.txt", text));

        Assert.That(csv, Does.Contain("\"'" + item.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }

    [Test]
    public void A_file_name_and_an_error_that_start_like_a_formula_are_escaped()
    {
        var csv = Csv(Evaluate("=1+1.txt", "not a letter at all"));

        Assert.That(csv, Does.Contain("\"'=1+1.txt\""));
    }

    [Test]
    public void Agrees_is_written_true_or_false_as_json_writes_it()
    {
        var csv = Csv(Evaluate("seed.txt", File.ReadAllText(TestPaths.Seed("000"))));

        Assert.That(csv, Does.Contain(",true,").And.Not.Contain(",True,").And.Not.Contain(",False,"));
    }
}
