using GuidelineEngine.Reading.Pdf;
using GuidelineEngine.Testing;

namespace GuidelineEngine.Reading.Tests.Pdf;

public class PdfLimitsTests
{
    private static LetterReadResult Read(byte[] pdf) => new LetterReader().Read("hostile.pdf", pdf);

    [Test]
    public void A_tiny_pdf_whose_stream_inflates_past_the_budget_is_that_letters_error()
    {
        var pdf = TestPdf.Build(1, TestPdf.HugeContent(PdfLimits.MaxDecodedBytes + (8 * 1024 * 1024)), flate: true);
        Assert.That(pdf.Length, Is.LessThan(1024 * 1024), "the bomb should be small on disk");

        var result = Read(pdf);

        Assert.That(result.Error?.Message, Does.StartWith("is a PDF too costly to read").And.Contain("MB of decompressed content"));
    }

    [Test]
    public void A_pdf_with_more_pages_than_a_letter_could_have_is_that_letters_error()
    {
        var pdf = TestPdf.Build(PdfLimits.MaxPages + 1, TestPdf.TextContent("Hello"), flate: false);

        Assert.That(Read(pdf).Error?.Message, Does.StartWith("is a PDF too costly to read").And.Contain($"{PdfLimits.MaxPages + 1} pages"));
    }

    [Test]
    public void A_pdf_whose_pages_share_one_large_stream_is_stopped_by_the_budget_not_read_page_after_page()
    {
        var pdf = TestPdf.Build(PdfLimits.MaxPages, TestPdf.HugeContent(PdfLimits.MaxDecodedBytes / 8), flate: true);

        Assert.That(Read(pdf).Error?.Message, Does.StartWith("is a PDF too costly to read"));
    }

    [Test]
    public void A_batch_with_a_pdf_bomb_still_reads_the_letters_after_it()
    {
        var folder = Directory.CreateTempSubdirectory("guideline-bomb-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "a-bomb.pdf"), TestPdf.Build(1, TestPdf.HugeContent(PdfLimits.MaxDecodedBytes + (1024 * 1024)), flate: true));
            File.Copy(TestPaths.Seed("003"), Path.Combine(folder, "b-good.txt"));

            var results = new LetterReader().ReadAll([folder]).ToList();

            Assert.That(results.Select(r => r.Succeeded), Is.EqualTo(new[] { false, true }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_small_well_formed_pdf_is_within_the_limits() =>
        Assert.That(Read(TestPdf.Build(3, TestPdf.TextContent("Hello"), flate: true)).Error?.Message, Does.Not.Contain("too costly"));
}
