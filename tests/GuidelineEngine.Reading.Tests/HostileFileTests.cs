using System.Diagnostics;
using System.Text;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Reading.Tests;

/// <summary>Files that are not letters, or letters built to cost: each is that file's error, quickly, and never a hang.</summary>
public class HostileFileTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("guideline-hostile-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private static string SeedText => File.ReadAllText(TestPaths.Seed("000"));

    // Reading on another thread: a reader that blocks (a FIFO) fails the test instead of hanging the run.
    private static LetterReadResult ReadWithin(string path, TimeSpan limit)
    {
        var reading = Task.Run(() => new LetterReader().Read(path));
        Assert.That(reading.Wait(limit), Is.True, $"reading {path} did not finish in {limit.TotalSeconds} s");
        return reading.Result;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo failed");
    }

    [Test]
    public void A_fifo_named_like_a_letter_is_that_paths_error_without_waiting_for_a_writer()
    {
        var fifo = Path.Combine(folder, "x.txt");
        MakeFifo(fifo);

        var result = ReadWithin(fifo, TimeSpan.FromSeconds(10));

        Assert.That(result.Error?.Message, Does.StartWith("is a FIFO (named pipe), not a regular file"));
    }

    [Test]
    public void A_letter_link_to_a_device_is_that_paths_error_and_nothing_is_read_from_it()
    {
        var link = Path.Combine(folder, "zero.txt");
        File.CreateSymbolicLink(link, "/dev/zero");

        var result = ReadWithin(link, TimeSpan.FromSeconds(10));

        Assert.That(result.Error?.Message, Does.StartWith("is a device, not a regular file"));
    }

    [Test]
    public void A_text_letter_over_the_byte_cap_is_too_large_to_read()
    {
        var path = Path.Combine(folder, "huge.txt");
        File.WriteAllText(path, SeedText + new string('x', TextLimits.MaxBytes));

        var result = new LetterReader().Read(path);

        Assert.That(result.Error?.Message, Does.StartWith("is too large to read: more than 2,000,000 bytes"));
    }

    // The seed up to its first item, and its first item (Norco, up to the second).
    private static (string Head, string Item) SeedParts()
    {
        var text = SeedText;
        var first = text.IndexOf("Norco 10/325mg #60:", StringComparison.Ordinal);
        var second = text.IndexOf("Cyclobenzaprine 5mg #60:", StringComparison.Ordinal);
        Assert.That((first, second), Is.Not.EqualTo((-1, -1)), "the seed's item headings");
        return (text[..first], text[first..second]);
    }

    [Test]
    public void A_letter_with_more_items_than_the_cap_is_too_costly_to_read()
    {
        var (head, item) = SeedParts();
        var items = Enumerable.Range(1, TextLimits.MaxItems + 1).Select(n => item.Replace("Norco 10/325mg #60:", $"Norco 10/325mg #{n}:", StringComparison.Ordinal));

        var result = new LetterReader().ReadText("many.txt", head + string.Concat(items));

        Assert.That(result.Error?.Message, Does.StartWith($"is too costly to read: {TextLimits.MaxItems + 1} disputed items"));
    }

    [Test]
    public void A_file_holding_several_letters_is_said_to_hold_them()
    {
        var result = new LetterReader().ReadText("three.txt", SeedText + "\n" + SeedText + "\n" + SeedText);

        Assert.That(result.Error?.Message, Does.StartWith("holds 3 letters (a CLINICAL CASE SUMMARY heading on lines "));
    }

    [Test]
    public void Published_letters_run_together_are_counted_by_their_case_number_headers()
    {
        var letter = File.ReadAllText(Directory.EnumerateFiles(TestPaths.CorpusLetters, "*.txt").Order(StringComparer.Ordinal).First());

        var result = new LetterReader().ReadText("two.txt", letter + "\n" + letter);

        Assert.That(result.Error?.Message, Does.StartWith("holds 2 letters (a 'Case Number:' header on lines 1, "));
    }

    [Test]
    public void A_letter_keeps_at_most_the_capped_number_of_warnings_and_counts_the_rest()
    {
        var (head, item) = SeedParts();

        // Each repeat of the same item heading is one warning.
        var letter = new LetterReader().ReadText("warned.txt", head + string.Concat(Enumerable.Repeat(item, TextLimits.MaxWarnings + 11))).Letter;

        Assert.That(letter, Is.Not.Null);
        Assert.That(letter!.Warnings, Has.Count.EqualTo(TextLimits.MaxWarnings + 1));
        Assert.That(letter.Warnings[^1], Does.Match(@"^and \d+ more warnings like these"));
    }

    [Test]
    public void Bytes_that_are_neither_utf8_nor_latin1_are_said_to_be_invalid_utf8_without_echoing_them()
    {
        var path = Path.Combine(folder, "bad.txt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(SeedText), 0x9B, (byte)'2', (byte)'J', 0x1B, (byte)'[', (byte)'3', (byte)'1', (byte)'m', 0x85]);

        var error = new LetterReader().Read(path).Error;

        Assert.That(error?.Message, Does.StartWith("is not valid UTF-8 text"));
        Assert.That(error!.ToString().Any(char.IsControl), Is.False, "a control character of the file reached the message");
    }

    [Test]
    public void A_quoted_control_character_is_escaped_in_the_error()
    {
        var cut = SeedText.TrimEnd();
        cut = cut[..cut.LastIndexOf("medically necessary", StringComparison.Ordinal)] + "\u001B[31m";

        var error = new LetterReader().ReadText("cut.txt", cut).Error;

        Assert.That(error?.ToString(), Does.Contain("\\u001B[31m").And.Not.Contain("\u001B"));
    }

    [Test]
    public void A_fault_while_reading_one_letter_is_that_letters_error_naming_it_an_internal_fault()
    {
        var result = LetterReader.Guarded(new LetterPath("x.txt"), _ => throw new InvalidOperationException("a defect"));

        Assert.That(result.Error!.ToString(), Does.StartWith("x.txt: internal fault while reading it (InvalidOperationException: a defect)").And.Contain(InternalFault.ReportTo));
    }
}
