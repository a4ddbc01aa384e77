using GuidelineEngine.Testing;

namespace GuidelineEngine.Reading.Tests.Pdf;

public class PdfLetterTests
{
    private static IEnumerable<TestCaseData> Pdfs() =>
        Directory.EnumerateFiles(TestPaths.CorpusPdfs, "*.pdf").Order(StringComparer.Ordinal)
            .Select(p => new TestCaseData(Path.GetFileName(p)).SetArgDisplayNames(Path.GetFileNameWithoutExtension(p)));

    [Test]
    public void The_corpus_has_twelve_pdf_twins() =>
        Assert.That(Pdfs().Count(), Is.EqualTo(12));

    [TestCaseSource(nameof(Pdfs))]
    public void A_pdf_gives_the_same_items_outcomes_and_summary_as_its_text_twin(string pdf)
    {
        var reader = new LetterReader();
        var fromPdf = reader.Read(Path.Combine(TestPaths.CorpusPdfs, pdf));
        var fromText = reader.Read(Path.Combine(TestPaths.CorpusLetters, Path.ChangeExtension(pdf, ".txt")));

        Assert.That(fromPdf.Error, Is.Null);
        var letter = fromPdf.Letter!;
        var twin = fromText.Letter!;
        Assert.Multiple(() =>
        {
            Assert.That(letter.Items.Select(i => (i.Request, i.Outcome)), Is.EqualTo(twin.Items.Select(i => (i.Request, i.Outcome))));
            Assert.That(letter.Header, Is.EqualTo(twin.Header));
            Assert.That(Folded(letter.ClinicalSummary), Is.EqualTo(Folded(twin.ClinicalSummary)));
        });
    }

    private static string Folded(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
