using System.Text;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Reading.Tests;

/// <summary>Errors say what is really wrong, in the reader's words; text in other encodings and line endings is read.</summary>
public class ReadErrorWordingTests
{
    private static readonly string[] LibraryWords = ["Index was outside", "Object reference", "Exception", "token", "xref"];

    private static byte[] CorpusPdf => File.ReadAllBytes(Directory.EnumerateFiles(TestPaths.CorpusPdfs, "*.pdf").Order(StringComparer.Ordinal).First());

    private static string ErrorOf(string name, byte[] content)
    {
        var result = new LetterReader().Read(name, content);
        Assert.That(result.Succeeded, Is.False, "the bad input was read as a letter");
        return result.Error!.Message;
    }

    [Test]
    public void A_pdf_cut_in_half_is_called_damaged_and_cut_off_not_encrypted()
    {
        var message = ErrorOf("half.pdf", CorpusPdf[..(CorpusPdf.Length / 2)]);

        Assert.That(message, Does.StartWith("is a damaged PDF: it seems cut off").And.Not.Contain("encrypted"));
    }

    [TestCase(0.3)]
    [TestCase(0.5)]
    [TestCase(0.7)]
    [TestCase(0.9)]
    public void A_pdf_with_overwritten_bytes_gets_the_readers_words_not_the_librarys_or_raw_bytes(double at)
    {
        var pdf = CorpusPdf;
        var start = (int)(pdf.Length * at);
        Array.Fill(pdf, (byte)'#', start, Math.Min(4096, pdf.Length - start - 64));

        var result = new LetterReader().Read("overwritten.pdf", pdf);

        Assume.That(result.Succeeded, Is.False, "this damage happened to leave the letter readable");
        Assert.That(LibraryWords.Where(w => result.Error!.Message.Contains(w, StringComparison.Ordinal)), Is.Empty, result.Error!.Message);
        Assert.That(result.Error!.Message.All(c => c is >= ' ' and < '\u007f' or '’' or '…'), Is.True, result.Error.Message);
    }

    [Test]
    public void A_pdf_with_no_pages_is_called_a_pdf_with_no_pages_not_a_scanned_image() =>
        Assert.That(ErrorOf("empty.pdf", TestPdf.Build(0, TestPdf.TextContent("x"), flate: false)), Is.EqualTo("is a PDF with no pages: expected the pages of an IMR letter"));

    [Test]
    public void A_password_protected_pdf_is_still_called_encrypted()
    {
        var pdf = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "encrypted.pdf"));

        Assert.That(ErrorOf("encrypted.pdf", pdf), Does.StartWith("is an encrypted PDF"));
    }

    private static IEnumerable<TestCaseData> Encodings()
    {
        yield return new TestCaseData((Func<string, byte[]>)(t => t.Replace("\r\n", "\r").Replace('\n', '\r') is var cr ? Encoding.UTF8.GetBytes(cr) : [])).SetArgDisplayNames("CR line endings");
        yield return new TestCaseData((Func<string, byte[]>)(t => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(t)])).SetArgDisplayNames("UTF-16 LE with BOM");
        yield return new TestCaseData((Func<string, byte[]>)(t => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(t)])).SetArgDisplayNames("UTF-16 BE with BOM");
        yield return new TestCaseData((Func<string, byte[]>)(t => Encoding.Unicode.GetBytes(t))).SetArgDisplayNames("UTF-16 LE without BOM");
        yield return new TestCaseData((Func<string, byte[]>)(t => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(t)])).SetArgDisplayNames("UTF-8 with BOM");
    }

    [TestCaseSource(nameof(Encodings))]
    public void A_letter_in_another_encoding_or_line_ending_reads_as_the_original(Func<string, byte[]> encode)
    {
        var path = Directory.EnumerateFiles(TestPaths.CorpusLetters, "*.txt").Order(StringComparer.Ordinal).First();
        var original = new LetterReader().Read(path).Letter!;

        var result = new LetterReader().Read("encoded.txt", encode(File.ReadAllText(path)));

        Assert.That(result.Error, Is.Null);
        Assert.That(result.Letter!.Items.Select(i => (i.Request, i.Outcome)), Is.EqualTo(original.Items.Select(i => (i.Request, i.Outcome))));
        Assert.That(result.Letter.Header.CaseNumber, Is.EqualTo(original.Header.CaseNumber));
    }
}
