using System.Text;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Reading.Tests;

public class BadInputTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "guideline-bad-input-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    private static LetterReadError ErrorOf(string path)
    {
        var result = new LetterReader().Read(path);
        Assert.That(result.Succeeded, Is.False, "the bad input was read as a letter");
        Assert.That(result.Error!.File, Is.EqualTo(path));
        return result.Error;
    }

    [Test]
    public void An_empty_file_is_reported_as_empty() =>
        Assert.That(ErrorOf(Write("empty.txt", "")).Message, Does.StartWith("is empty"));

    [Test]
    public void A_file_of_blank_lines_is_reported_as_empty() =>
        Assert.That(ErrorOf(Write("blank.txt", "\n \n\f\n")).Message, Does.StartWith("is empty"));

    [Test]
    public void A_binary_file_is_reported_as_not_text_with_the_offending_byte()
    {
        var error = ErrorOf(Write("binary.txt", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00]));

        Assert.That(error.Message, Does.StartWith("is not text (binary content at byte 3)"));
    }

    [Test]
    public void Text_that_is_not_an_imr_letter_names_the_missing_section()
    {
        var error = ErrorOf(Write("recipe.txt", "Pancakes\n\nMix flour, eggs and milk.\nFry.\n"));

        Assert.That(error.Section, Is.EqualTo("CLINICAL CASE SUMMARY"));
        Assert.That(error.Message, Does.StartWith("not an IMR letter"));
    }

    [Test]
    public void A_letter_cut_off_before_its_items_names_the_issues_section()
    {
        var seed = File.ReadAllText(TestPaths.Seed("000"));
        var error = ErrorOf(Write("cut.txt", seed[..seed.IndexOf("IMR ISSUES", StringComparison.Ordinal)]));

        Assert.That(error.Section, Is.EqualTo("IMR ISSUES, DECISIONS AND RATIONALES"));
        Assert.That(error.Message, Does.Contain("cut off"));
    }

    [Test]
    public void A_letter_cut_off_mid_item_names_the_item_and_its_line()
    {
        var seed = File.ReadAllText(TestPaths.Seed("000"));
        var secondRationale = seed.LastIndexOf("Decision rationale:", StringComparison.Ordinal);
        var error = ErrorOf(Write("cut.txt", seed[..secondRationale]));

        Assert.That(error.Message, Is.EqualTo("item 2 'Cyclobenzaprine 5mg #60' has no 'Decision rationale:' paragraph: the letter seems cut off mid-item"));
        Assert.That(error.Line, Is.EqualTo(LineOf(seed, "Cyclobenzaprine 5mg #60:  Upheld")));
    }

    [Test]
    public void An_encrypted_pdf_is_reported_as_encrypted()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "encrypted.pdf");

        Assert.That(ErrorOf(path).Message, Does.StartWith("is an encrypted PDF"));
    }

    [Test]
    public void A_damaged_pdf_is_reported_as_damaged() =>
        Assert.That(ErrorOf(Write("damaged.pdf", "%PDF-1.7\nthis is not really a pdf\n")).Message, Does.StartWith("is a damaged PDF"));

    [Test]
    public void A_file_that_does_not_exist_is_reported_as_not_opened() =>
        Assert.That(ErrorOf(Path.Combine(folder, "missing.txt")).Message, Does.StartWith("cannot be opened"));

    [Test]
    public void A_file_of_another_type_is_reported_as_unsupported() =>
        Assert.That(ErrorOf(Write("letter.docx", "CLINICAL CASE SUMMARY")).Message, Does.StartWith("has an unsupported file type '.docx'"));

    [Test]
    public void A_batch_reads_every_good_letter_past_the_bad_ones_in_order()
    {
        File.Copy(TestPaths.Seed("003"), Path.Combine(folder, "b-good.txt"));
        Write("a-empty.txt", "");
        Write("c-recipe.txt", "Pancakes\n");
        File.Copy(TestPaths.Seed("000"), Path.Combine(folder, "d-good.txt"));

        var results = new LetterReader().ReadAll([folder]).ToList();

        Assert.That(results.Select(r => (Path.GetFileName(r.File), r.Succeeded)), Is.EqualTo(new[]
        {
            ("a-empty.txt", false), ("b-good.txt", true), ("c-recipe.txt", false), ("d-good.txt", true),
        }));
        Assert.That(results.Sum(r => r.Letter?.Items.Count ?? 0), Is.EqualTo(6));
    }

    [Test]
    public void An_error_prints_as_file_line_section_and_message() =>
        Assert.That(
            new LetterReadError("a.txt", "went wrong", "CLINICAL CASE SUMMARY", 12).ToString(),
            Is.EqualTo("a.txt:12 [CLINICAL CASE SUMMARY]: went wrong"));

    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
